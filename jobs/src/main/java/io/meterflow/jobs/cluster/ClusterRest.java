package io.meterflow.jobs.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterflow.jobs.services.HostPort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** What the JobManager's REST API says about the cluster: which TaskManagers are registered. */
final class ClusterRest {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HostPort address;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();

  ClusterRest(HostPort address) {
    this.address = address;
  }

  /**
   * The resource ids of the registered TaskManagers, or empty when the REST API does not answer.
   */
  Optional<Set<String>> taskManagerIds() {
    return get("/taskmanagers")
        .map(
            body -> {
              Set<String> ids = new LinkedHashSet<>();
              body.path("taskmanagers")
                  .forEach(taskManager -> ids.add(taskManager.path("id").asText()));
              return ids;
            });
  }

  private Optional<JsonNode> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + address + path))
            .timeout(REQUEST_TIMEOUT)
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? Optional.of(JSON.readTree(response.body()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
