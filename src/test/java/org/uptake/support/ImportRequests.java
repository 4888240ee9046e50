package org.uptake.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Upload requests against the import API, as a client would send them. */
public final class ImportRequests {

    private ImportRequests() {
    }

    public static MockMultipartHttpServletRequestBuilder upload(String kind, String fileName, byte[] content, boolean dryRun) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/imports/" + kind)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("dryRun", String.valueOf(dryRun));
    }
}
