package org.uptake.support.faq;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FaqRepository {

    private static final String SELECT = """
            select f.id, f.question, f.answer, f.published, f.source_problem_id,
                   (select count(*) from problem p where p.faq_id = f.id) as answered, f.version
            from faq_entry f
            """;

    private final JdbcClient jdbc;

    FaqRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Entries most often used first, so the home page shows the answers people need most. */
    List<FaqEntry> list(long organizationId, boolean publishedOnly, int limit) {
        return jdbc.sql(SELECT + " where f.organization_id = ?" + (publishedOnly ? " and f.published" : "")
                        + " order by answered desc, f.id limit ?")
                .params(organizationId, limit).query(FaqEntry.class).list();
    }

    Optional<FaqEntry> find(long organizationId, long id) {
        return jdbc.sql(SELECT + " where f.organization_id = ? and f.id = ?").params(organizationId, id)
                .query(FaqEntry.class).optional();
    }

    long insert(long organizationId, FaqForm f, Long sourceProblemId) {
        return jdbc.sql("""
                insert into faq_entry (organization_id, question, answer, published, source_problem_id)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organizationId, f.getQuestion(), f.getAnswer(), f.isPublished(), sourceProblemId)
                .query(Long.class).single();
    }

    int update(long organizationId, long id, FaqForm f) {
        return jdbc.sql("""
                update faq_entry set question = ?, answer = ?, published = ?, version = version + 1, updated_at = now()
                where organization_id = ? and id = ? and version = ?""")
                .params(f.getQuestion(), f.getAnswer(), f.isPublished(), organizationId, id, f.getVersion()).update();
    }

    /** Resolved problems that recurred (duplicates merged into them) and no FAQ entry answers yet. */
    List<FaqCandidate> candidates(long organizationId, int limit) {
        return jdbc.sql("""
                select p.id as problem_id, p.title, p.resolution, count(d.id) as duplicates
                from problem p join problem d on d.duplicate_of_id = p.id
                where p.organization_id = ? and p.status in ('RESOLVED', 'CLOSED') and p.faq_id is null
                group by p.id order by count(d.id) desc, p.id desc limit ?""")
                .params(organizationId, limit).query(FaqCandidate.class).list();
    }
}
