package org.frontline.ingest.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.frontline.ingest.Channel;
import org.frontline.ingest.IngestedPost;
import org.frontline.ingest.NewPost;
import org.frontline.ingest.PostAuthor;
import org.frontline.ingest.PostIngestion;
import org.frontline.web.FieldProblem;
import org.frontline.web.InvalidRequest;
import org.frontline.workspaces.Role;
import org.frontline.workspaces.WorkspaceAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/workspaces/{workspace}/posts}: one post or an array. Every post of the request is
 * validated before any is stored, so an error stores nothing.
 */
@RestController
class IngestController {

    static final int MAX_POSTS_PER_REQUEST = 1_000;

    private final WorkspaceAccess access;
    private final PostIngestion ingestion;
    private final JsonMapper json;
    private final Validator validator;

    IngestController(WorkspaceAccess access, PostIngestion ingestion, JsonMapper json, Validator validator) {
        this.access = access;
        this.ingestion = ingestion;
        this.json = json;
        this.validator = validator;
    }

    @PostMapping(path = "/api/v1/workspaces/{workspace}/posts", consumes = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, List<IngestedPostResponse>> ingest(@PathVariable String workspace, @RequestBody JsonNode body) {
        var scope = access.require(workspace, Role.AGENT);
        var posts = parse(body);
        var stored = ingestion.ingest(scope.id(), posts);
        return Map.of("posts", stored.stream().map(IngestedPostResponse::of).toList());
    }

    private List<NewPost> parse(JsonNode body) {
        var array = body.isArray();
        var elements = array ? body.values() : List.of(body);
        var size = array ? body.size() : 1;
        if (size == 0 || size > MAX_POSTS_PER_REQUEST) {
            throw new InvalidRequest(List.of(new FieldProblem("", "must hold 1 to " + MAX_POSTS_PER_REQUEST + " posts")));
        }
        var posts = new ArrayList<NewPost>(size);
        var problems = new ArrayList<FieldProblem>();
        var index = 0;
        for (var element : elements) {
            var prefix = array ? "[" + index + "]" : "";
            read(element, prefix, problems).ifPresent(request -> posts.add(toPost(request, element)));
            index++;
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return posts;
    }

    private java.util.Optional<PostRequest> read(JsonNode element, String prefix, List<FieldProblem> problems) {
        if (!element.isObject()) {
            problems.add(new FieldProblem(prefix.isEmpty() ? "" : prefix, "must be a JSON object"));
            return java.util.Optional.empty();
        }
        final PostRequest request;
        try {
            request = json.treeToValue(element, PostRequest.class);
        } catch (JacksonException e) {
            problems.add(new FieldProblem(join(prefix, fieldPath(e)), "has the wrong type or format"));
            return java.util.Optional.empty();
        }
        var violations = validator.validate(request).stream()
                .map(v -> new FieldProblem(join(prefix, v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        problems.addAll(violations);
        return violations.isEmpty() ? java.util.Optional.of(request) : java.util.Optional.empty();
    }

    private static String fieldPath(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.isEmpty() ? prefix : prefix + "." + field;
    }

    private static NewPost toPost(PostRequest request, JsonNode raw) {
        var author = request.author();
        return new NewPost(
                Channel.fromWireName(request.channel()).orElseThrow(),
                request.externalId(),
                request.url(),
                new PostAuthor(author.handle(), author.displayName(), author.profileUrl(), author.followers()),
                request.text(),
                request.lang(),
                request.createdAt(),
                request.inReplyTo(),
                raw.toString());
    }

    record IngestedPostResponse(String id, String channel, String externalId, String status) {
        static IngestedPostResponse of(IngestedPost post) {
            return new IngestedPostResponse(
                    post.id().toString(), post.channel().wireName(), post.externalId(), post.created() ? "created" : "duplicate");
        }
    }
}
