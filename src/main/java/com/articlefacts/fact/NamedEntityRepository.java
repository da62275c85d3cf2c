package com.articlefacts.fact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import com.articlefacts.extraction.EntityType;

public interface NamedEntityRepository extends JpaRepository<NamedEntity, Long> {

    Optional<NamedEntity> findByKey(String key);

    @Modifying(flushAutomatically = true)
    @Query("delete from NamedEntity e where not exists (select 1 from Mention m where m.entity = e)")
    int deleteUnmentioned();

    /** Of these entities, those no article mentions any more: what one article's new facts left behind. */
    @Modifying(flushAutomatically = true)
    @Query("delete from NamedEntity e where e.id in :ids and not exists (select 1 from Mention m where m.entity = e)")
    int deleteUnmentionedAmong(@Param("ids") Collection<Long> ids);

    List<NamedEntity> findByKeyIn(Collection<String> keys);

    /**
     * Entities with a name containing the normalized query, or spelled with the same consonant skeleton. The query
     * is matched literally ({@code locate}, not {@code like}), so % and _ are characters like any other; in the
     * pageable's order.
     */
    @Query(value = """
            select e from NamedEntity e where (:type is null or e.type = :type) and (:normalized is null or exists (
                select 1 from NamedEntity e2 join e2.aliases a
                where e2 = e and (locate(cast(:normalized as String), a.normalized) > 0 or a.skeleton = :skeleton)))""",
            countQuery = """
            select count(e) from NamedEntity e where (:type is null or e.type = :type) and (:normalized is null or exists (
                select 1 from NamedEntity e2 join e2.aliases a
                where e2 = e and (locate(cast(:normalized as String), a.normalized) > 0 or a.skeleton = :skeleton)))""")
    Page<NamedEntity> search(@Param("normalized") @Nullable String normalized, @Param("skeleton") @Nullable String skeleton,
            @Param("type") @Nullable EntityType type, Pageable pageable);
}
