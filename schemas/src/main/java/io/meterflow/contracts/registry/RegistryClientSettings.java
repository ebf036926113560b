package io.meterflow.contracts.registry;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a Confluent-compatible schema registry: the API root (for Apicurio Registry 3 e.g.
 * {@code http://127.0.0.1:8080/apis/ccompat/v7}), optional basic auth, an optional truststore for
 * TLS, and the timeout and retry budget of each request.
 *
 * <p>A final class rather than a record because it travels inside Flink serialization schemas and
 * {@link Optional} is not serializable: optional values are held as nullable fields. {@link
 * #toString()} never shows a password.
 */
public final class RegistryClientSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_TRUSTSTORE_TYPE = "PKCS12";
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_MAX_ATTEMPTS = 6;
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(200);

  /** Ceiling of the doubling backoff between two attempts. */
  public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final URI baseUrl;
  private final String basicAuthUser;
  private final String basicAuthPassword;
  // Path is not serializable either; the truststore travels as its path string.
  private final String truststore;
  private final String truststorePassword;
  private final String truststoreType;
  private final Duration requestTimeout;
  private final int maxAttempts;
  private final Duration initialBackoff;

  public RegistryClientSettings(
      URI baseUrl,
      Optional<String> basicAuthUser,
      Optional<String> basicAuthPassword,
      Optional<Path> truststore,
      Optional<String> truststorePassword,
      String truststoreType,
      Duration requestTimeout,
      int maxAttempts,
      Duration initialBackoff) {
    this.baseUrl = requireHttpUrl(baseUrl);
    this.basicAuthUser = basicAuthUser.orElse(null);
    this.basicAuthPassword = basicAuthPassword.orElse(null);
    if ((this.basicAuthUser == null) != (this.basicAuthPassword == null)) {
      throw new IllegalArgumentException(
          "registry basic auth needs both a user and a password, or neither");
    }
    this.truststore = truststore.map(Path::toString).orElse(null);
    this.truststorePassword = truststorePassword.orElse(null);
    this.truststoreType = Objects.requireNonNull(truststoreType, "truststoreType");
    this.requestTimeout = requirePositive(requestTimeout, "requestTimeout");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException(
          "registry maxAttempts must be at least 1, was " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = requirePositive(initialBackoff, "initialBackoff");
  }

  /** No auth, no truststore, 10 s per request, 6 attempts with backoff from 200 ms doubling. */
  public static RegistryClientSettings of(URI baseUrl) {
    return new RegistryClientSettings(
        baseUrl,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        DEFAULT_TRUSTSTORE_TYPE,
        DEFAULT_REQUEST_TIMEOUT,
        DEFAULT_MAX_ATTEMPTS,
        DEFAULT_INITIAL_BACKOFF);
  }

  public RegistryClientSettings withBasicAuth(String user, String password) {
    Draft draft = new Draft(this);
    draft.basicAuthUser = Optional.of(user);
    draft.basicAuthPassword = Optional.of(password);
    return draft.settings();
  }

  public RegistryClientSettings withTruststore(Path path, String password, String type) {
    Draft draft = new Draft(this);
    draft.truststore = Optional.of(path);
    draft.truststorePassword = Optional.ofNullable(password);
    draft.truststoreType = type;
    return draft.settings();
  }

  public RegistryClientSettings withRequestTimeout(Duration timeout) {
    Draft draft = new Draft(this);
    draft.requestTimeout = timeout;
    return draft.settings();
  }

  /** {@code attempts} in all (the first one included), waiting {@code backoff}, doubling. */
  public RegistryClientSettings withRetries(int attempts, Duration backoff) {
    Draft draft = new Draft(this);
    draft.maxAttempts = attempts;
    draft.initialBackoff = backoff;
    return draft.settings();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public Optional<String> basicAuthUser() {
    return Optional.ofNullable(basicAuthUser);
  }

  public Optional<String> basicAuthPassword() {
    return Optional.ofNullable(basicAuthPassword);
  }

  public Optional<Path> truststore() {
    return Optional.ofNullable(truststore).map(Path::of);
  }

  public Optional<String> truststorePassword() {
    return Optional.ofNullable(truststorePassword);
  }

  public String truststoreType() {
    return truststoreType;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The API root without any user info, for messages and logs. */
  String redactedBaseUrl() {
    return withoutUserInfo(baseUrl);
  }

  /**
   * The wait before attempt {@code attempt + 1}: the initial backoff doubled per attempt, capped.
   */
  Duration backoffAfter(int attempt) {
    Duration backoff = initialBackoff;
    for (int i = 1; i < attempt && backoff.compareTo(MAX_BACKOFF) < 0; i++) {
      backoff = backoff.multipliedBy(2);
    }
    return backoff.compareTo(MAX_BACKOFF) < 0 ? backoff : MAX_BACKOFF;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RegistryClientSettings)) {
      return false;
    }
    RegistryClientSettings that = (RegistryClientSettings) o;
    return maxAttempts == that.maxAttempts
        && baseUrl.equals(that.baseUrl)
        && Objects.equals(basicAuthUser, that.basicAuthUser)
        && Objects.equals(basicAuthPassword, that.basicAuthPassword)
        && Objects.equals(truststore, that.truststore)
        && Objects.equals(truststorePassword, that.truststorePassword)
        && truststoreType.equals(that.truststoreType)
        && requestTimeout.equals(that.requestTimeout)
        && initialBackoff.equals(that.initialBackoff);
  }

  @Override
  public int hashCode() {
    // Secrets stay out of the hash; settings differing only in a password merely collide.
    return Objects.hash(baseUrl, basicAuthUser, truststore, requestTimeout, maxAttempts);
  }

  /** Passwords (and any user info in the URL) are redacted: this string ends up in logs. */
  @Override
  public String toString() {
    return "RegistryClientSettings{baseUrl="
        + withoutUserInfo(baseUrl)
        + ", basicAuthUser="
        + basicAuthUser
        + ", basicAuthPassword="
        + redacted(basicAuthPassword)
        + ", truststore="
        + truststore
        + ", truststorePassword="
        + redacted(truststorePassword)
        + ", truststoreType="
        + truststoreType
        + ", requestTimeout="
        + requestTimeout
        + ", maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + '}';
  }

  private static String redacted(String secret) {
    return secret == null ? "null" : "******";
  }

  private static String withoutUserInfo(URI url) {
    if (url.getUserInfo() == null) {
      return url.toString();
    }
    try {
      return new URI(
              url.getScheme(),
              null,
              url.getHost(),
              url.getPort(),
              url.getPath(),
              url.getQuery(),
              url.getFragment())
          .toString();
    } catch (URISyntaxException e) {
      return "<unprintable registry URL>";
    }
  }

  private static URI requireHttpUrl(URI url) {
    Objects.requireNonNull(url, "baseUrl");
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException(
          "registry baseUrl must be an http or https URL such as"
              + " http://127.0.0.1:8080/apis/ccompat/v7, was "
              + withoutUserInfo(url));
    }
    return url;
  }

  private static Duration requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("registry " + name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** A copy being changed by one of the {@code with...} methods; validated by the constructor. */
  private static final class Draft {
    private final URI baseUrl;
    private Optional<String> basicAuthUser;
    private Optional<String> basicAuthPassword;
    private Optional<Path> truststore;
    private Optional<String> truststorePassword;
    private String truststoreType;
    private Duration requestTimeout;
    private int maxAttempts;
    private Duration initialBackoff;

    private Draft(RegistryClientSettings from) {
      baseUrl = from.baseUrl;
      basicAuthUser = from.basicAuthUser();
      basicAuthPassword = from.basicAuthPassword();
      truststore = from.truststore();
      truststorePassword = from.truststorePassword();
      truststoreType = from.truststoreType;
      requestTimeout = from.requestTimeout;
      maxAttempts = from.maxAttempts;
      initialBackoff = from.initialBackoff;
    }

    private RegistryClientSettings settings() {
      return new RegistryClientSettings(
          baseUrl,
          basicAuthUser,
          basicAuthPassword,
          truststore,
          truststorePassword,
          truststoreType,
          requestTimeout,
          maxAttempts,
          initialBackoff);
    }
  }
}
