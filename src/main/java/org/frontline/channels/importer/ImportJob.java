package org.frontline.channels.importer;

import java.time.Instant;
import java.util.UUID;
import org.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * A backfill and how far it got. {@code linesDone} counts records whose outcome (post or error) is
 * committed: a resumed import starts after them.
 */
public record ImportJob(
        UUID id,
        WorkspaceId workspace,
        String fileName,
        String filePath,
        ImportFormat format,
        Status status,
        long bytesTotal,
        long bytesDone,
        long linesDone,
        long postsStored,
        long errors,
        @Nullable String message,
        Instant createdAt) {

    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    /** Progress in percent of the file's bytes, 0 to 100. */
    public int percent() {
        if (status == Status.DONE) return 100;
        return bytesTotal <= 0 ? 0 : (int) Math.min(99, bytesDone * 100 / bytesTotal);
    }

    public boolean finished() {
        return status != Status.RUNNING;
    }
}
