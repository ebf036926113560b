package io.meterflow.jobs.config;

import io.meterflow.contracts.registry.RegistryClientSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How the suite reaches the Confluent-compatible schema registry (Confluent, Apicurio's ccompat
 * API, Karapace, Redpanda). Secrets print as {@value Secret#REDACTED}.
 *
 * @param url base URL of the Confluent-compatible API
 * @param basicAuthUser user for HTTP basic authentication, if the registry wants it
 * @param basicAuthPassword its password
 * @param truststore truststore for an https registry signed by a private CA
 * @param truststorePassword its password
 * @param truststoreType PKCS12 or JKS
 */
public record RegistrySettings(
    URI url,
    Optional<String> basicAuthUser,
    Optional<Secret> basicAuthPassword,
    Optional<Path> truststore,
    Optional<Secret> truststorePassword,
    String truststoreType) {

  public static final Setting URL =
      new Setting(
          "registry.url",
          "http://127.0.0.1:8081",
          "Base URL of the Confluent-compatible API, e.g. http://registry:8080/apis/ccompat/v7"
              + " for Apicurio.");
  public static final Setting BASIC_AUTH_USER =
      Setting.optional("registry.basic-auth.user", "User for HTTP basic authentication.");
  public static final Setting BASIC_AUTH_PASSWORD =
      Setting.optional(
          "registry.basic-auth.password",
          "Password for HTTP basic authentication: ${env:NAME} or ${file:/path}.");
  public static final Setting TRUSTSTORE_PATH =
      Setting.optional(
          "registry.tls.truststore.path",
          "Truststore for an https registry signed by a private CA; the JVM's own otherwise.");
  public static final Setting TRUSTSTORE_PASSWORD =
      Setting.optional("registry.tls.truststore.password", "Password of the truststore.");
  public static final Setting TRUSTSTORE_TYPE =
      new Setting("registry.tls.truststore.type", "PKCS12", "PKCS12 or JKS.");

  static final List<Setting> SETTINGS =
      List.of(
          URL,
          BASIC_AUTH_USER,
          BASIC_AUTH_PASSWORD,
          TRUSTSTORE_PATH,
          TRUSTSTORE_PASSWORD,
          TRUSTSTORE_TYPE);

  /** The registry client's settings: where the registry is and how to authenticate to it. */
  public RegistryClientSettings clientSettings() {
    RegistryClientSettings client = RegistryClientSettings.of(url);
    if (basicAuthUser.isPresent() && basicAuthPassword.isPresent()) {
      client = client.withBasicAuth(basicAuthUser.get(), basicAuthPassword.get().reveal());
    }
    if (truststore.isPresent()) {
      client =
          client.withTruststore(
              truststore.get(),
              truststorePassword.map(Secret::reveal).orElse(null),
              truststoreType);
    }
    return client;
  }

  static RegistrySettings read(SettingsReader reader) {
    Optional<String> user = reader.optionalString(BASIC_AUTH_USER);
    Optional<Secret> password = reader.secret(BASIC_AUTH_PASSWORD);
    if (user.isPresent() != password.isPresent()) {
      reader.problem(
          "registry.basic-auth.user and registry.basic-auth.password go together: set both or"
              + " neither.");
    }
    return new RegistrySettings(
        url(reader),
        user,
        password,
        reader.readableFile(TRUSTSTORE_PATH),
        reader.secret(TRUSTSTORE_PASSWORD),
        reader.string(TRUSTSTORE_TYPE));
  }

  private static URI url(SettingsReader reader) {
    String text = reader.string(URL);
    try {
      URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    reader.problem(URL, "is not an http(s) URL: write e.g. http://registry:8081.");
    return URI.create(URL.defaultValue());
  }
}
