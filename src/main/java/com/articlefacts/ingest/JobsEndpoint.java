package com.articlefacts.ingest;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/jobs}: the shared extraction backlog of every instance, by status. */
@Component
@Endpoint(id = "jobs")
class JobsEndpoint {

    private final ExtractionJobs jobs;

    JobsEndpoint(ExtractionJobs jobs) {
        this.jobs = jobs;
    }

    @ReadOperation
    ExtractionJobs.Progress jobs() {
        return jobs.progress();
    }
}
