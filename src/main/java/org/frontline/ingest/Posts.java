package org.frontline.ingest;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.frontline.ingest.internal.PostRepository;
import org.frontline.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/** Reads stored posts of one workspace. */
@Component
public class Posts {

    private final PostRepository repository;

    Posts(PostRepository repository) {
        this.repository = repository;
    }

    public Optional<PostView> find(WorkspaceId workspace, PostId id) {
        return repository.find(workspace, id);
    }

    /** The posts among {@code ids} that exist in the workspace, by id. */
    public Map<PostId, PostView> findAll(WorkspaceId workspace, Collection<PostId> ids) {
        return repository.findAll(workspace, ids).stream().collect(Collectors.toMap(PostView::id, Function.identity()));
    }

    public long count(WorkspaceId workspace) {
        return repository.count(workspace);
    }
}
