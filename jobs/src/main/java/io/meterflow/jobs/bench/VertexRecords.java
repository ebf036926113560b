package io.meterflow.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.flink.api.common.JobID;

/**
 * The records some operators of a running job have read, from the REST API's job overview (the web
 * UI's "Records Received", refreshed at the cluster's metric fetch interval).
 */
final class VertexRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI job;
  private final List<String> operators;

  /**
   * @param rest the cluster's REST address
   * @param operators operator names: a job vertex counts when its (chain) name contains one
   */
  VertexRecords(URI rest, JobID job, List<String> operators) {
    this.job = rest.resolve("/jobs/" + job);
    this.operators = List.copyOf(operators);
  }

  /** The records the named operators' vertices have read, summed. */
  long read() throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(job).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("Flink REST " + job + " answered " + response.statusCode());
    }
    long read = 0;
    int found = 0;
    for (JsonNode vertex : JSON.readTree(response.body()).path("vertices")) {
      String name = vertex.path("name").asText();
      if (operators.stream().anyMatch(name::contains)) {
        read += vertex.path("metrics").path("read-records").asLong();
        found++;
      }
    }
    if (found == 0) {
      throw new IllegalStateException("The job " + job + " has no operator named " + operators);
    }
    return read;
  }
}
