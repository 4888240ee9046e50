package org.uptake.approval;

import java.util.List;
import java.util.Optional;

/** The sign-off requests about one subject: the latest first, then the earlier ones. */
public record SubjectSignOffs(List<SignOff> requests) {

    public SubjectSignOffs {
        requests = List.copyOf(requests);
    }

    public Optional<SignOff> latest() {
        return requests.isEmpty() ? Optional.empty() : Optional.of(requests.getFirst());
    }

    /** The earlier requests (cancelled or superseded), newest first. */
    public List<SignOff> history() {
        return requests.isEmpty() ? List.of() : requests.subList(1, requests.size());
    }
}
