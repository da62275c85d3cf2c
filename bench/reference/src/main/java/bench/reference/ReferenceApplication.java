package bench.reference;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** One entity, one repository, one endpoint: what any Boot service with web, JPA and H2 starts with. */
@SpringBootApplication
@RestController
public class ReferenceApplication {

    private final NoteRepository notes;

    ReferenceApplication(NoteRepository notes) {
        this.notes = notes;
    }

    public static void main(String[] args) {
        SpringApplication.run(ReferenceApplication.class, args);
    }

    /** Ready once the context and the database answer, like the service's readiness probe. */
    @GetMapping("/ready")
    List<Note> ready() {
        return notes.findAll();
    }
}
