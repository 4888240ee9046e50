package org.uptake.shared.files;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StoredFileRepository {

    private final JdbcClient jdbc;

    StoredFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organizationId, String name, String contentType, byte[] content, Long createdBy) {
        return jdbc.sql("""
                insert into stored_file (organization_id, name, content_type, size_bytes, content, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(organizationId, name, contentType, content.length, content, createdBy)
                .query(Long.class).single();
    }

    Optional<StoredFile> find(long organizationId, long id) {
        return jdbc.sql("""
                select id, organization_id, name, content_type, size_bytes, created_at
                from stored_file where organization_id = ? and id = ?""")
                .params(organizationId, id).query(StoredFile.class).optional();
    }

    Optional<byte[]> content(long organizationId, long id) {
        return jdbc.sql("select content from stored_file where organization_id = ? and id = ?")
                .params(organizationId, id).query((rs, n) -> rs.getBytes(1)).optional();
    }
}
