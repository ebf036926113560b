package io.meterflow.jobs.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Apicurio Registry 3.3 (the ready-built Quarkus app unpacked by {@code
 * jobs/local-services/apicurio}) with in-memory storage, serving the Confluent schema registry API
 * under {@value #CONFLUENT_API_PATH}. It needs Java 21 or newer. Its log is {@code
 * apicurio/registry.log}.
 *
 * <p>Its global compatibility starts at NONE, where Confluent's starts at BACKWARD; it is set to
 * BACKWARD after start, so schema evolution is checked as in production.
 */
record ApicurioRegistry(Jdk jdk, Path home) implements LocalService {
  static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  @Override
  public ServiceKind kind() {
    return ServiceKind.REGISTRY;
  }

  @Override
  public StartedService start(ServiceFolder folder, FreePorts ports, Duration readyTimeout)
      throws IOException, InterruptedException {
    int port = ports.next();
    int managementPort = ports.next();
    List<String> arguments =
        new JvmArguments()
            // Small heap, quick JIT tier only: ready in 2.2 s instead of 3.1 s on two cores.
            .add("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
            .property("quarkus.http.host", FreePorts.LOOPBACK)
            .property("quarkus.http.port", port)
            // Without these, the management interface listens on 0.0.0.0:9000.
            .property("quarkus.management.host", FreePorts.LOOPBACK)
            .property("quarkus.management.port", managementPort)
            .property("apicurio.storage.kind", "sql")
            .property("apicurio.storage.sql.kind", "h2")
            .add("-jar", home.resolve("quarkus-run.jar").toString())
            .followedBy();
    ServiceProcess process =
        ServiceProcess.launch(folder, jdk.java(), arguments, folder.resolve("registry.log"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    String baseUrl = "http://" + FreePorts.LOOPBACK + ":" + port;
    URI health =
        URI.create("http://" + FreePorts.LOOPBACK + ":" + managementPort + "/health/ready");
    Readiness.await(
        kind().displayName(),
        baseUrl,
        process,
        readyTimeout,
        () -> HttpProbe.answers(http, health, REQUEST_TIMEOUT));
    String confluentUrl = baseUrl + CONFLUENT_API_PATH;
    requireBackwardCompatibility(http, confluentUrl, process.logFile());
    return new StartedService(kind(), process, confluentUrl);
  }

  static boolean answers(HttpClient http, String confluentUrl) {
    return HttpProbe.answers(http, URI.create(confluentUrl + "/config"), REQUEST_TIMEOUT);
  }

  private static void requireBackwardCompatibility(
      HttpClient http, String confluentUrl, Path logFile) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(confluentUrl + "/config"))
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":\"BACKWARD\"}"))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new LocalServiceException(
          String.format(
              "Apicurio Registry refused to set global compatibility to BACKWARD (HTTP %d: %s);"
                  + " see %s",
              response.statusCode(), response.body(), logFile));
    }
  }
}
