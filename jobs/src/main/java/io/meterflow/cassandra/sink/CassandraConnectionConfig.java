package io.meterflow.cassandra.sink;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a Cassandra cluster: contact points, local datacenter, keyspace, credentials, TLS,
 * the per-request timeout and the consistency of writes. Serializable so that a sink carries it to
 * the task managers; the passwords never appear in {@link #toString()}.
 */
public final class CassandraConnectionConfig implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String REDACTED = "******";

  private final List<String> contactPoints;
  private final String localDatacenter;
  private final String keyspace;
  private final String username;
  private final String password;
  private final boolean tls;
  private final String truststorePath;
  private final String truststorePassword;
  private final boolean hostnameValidation;
  private final Duration requestTimeout;
  private final DefaultConsistencyLevel consistency;

  private CassandraConnectionConfig(Builder builder) {
    this.contactPoints = List.copyOf(builder.contactPoints);
    this.localDatacenter = builder.localDatacenter;
    this.keyspace = builder.keyspace;
    this.username = builder.username;
    this.password = builder.password;
    this.tls = builder.tls;
    this.truststorePath = builder.truststorePath;
    this.truststorePassword = builder.truststorePassword;
    this.hostnameValidation = builder.hostnameValidation;
    this.requestTimeout = builder.requestTimeout;
    this.consistency = builder.consistency;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Contact points as host:port. */
  public List<String> contactPoints() {
    return contactPoints;
  }

  public String localDatacenter() {
    return localDatacenter;
  }

  /** The keyspace of the session, or empty for a session without one (setup, before it exists). */
  public Optional<String> keyspace() {
    return Optional.ofNullable(keyspace);
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public DefaultConsistencyLevel consistency() {
    return consistency;
  }

  /** The same connection without a session keyspace, e.g. to create that keyspace. */
  public CassandraConnectionConfig withoutKeyspace() {
    Builder copy = toBuilder();
    copy.keyspace = null;
    return copy.build();
  }

  /**
   * Opens a session (about 1.5 s against a local node). The caller closes it.
   *
   * @throws com.datastax.oss.driver.api.core.AllNodesFailedException when no contact point answers
   */
  public CqlSession openSession() {
    // Flink loads the job with a child-first class loader: the driver must load its policies and
    // its reference.conf from the loader that holds the driver itself.
    ClassLoader driverLoader = CqlSession.class.getClassLoader();
    ProgrammaticDriverConfigLoaderBuilder options =
        DriverConfigLoader.programmaticBuilder(driverLoader)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, requestTimeout)
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, consistency.name());
    if (tls) {
      options
          // The driver's own factory, by the short name its configuration documents.
          .withString(DefaultDriverOption.SSL_ENGINE_FACTORY_CLASS, "DefaultSslEngineFactory")
          .withBoolean(DefaultDriverOption.SSL_HOSTNAME_VALIDATION, hostnameValidation);
      if (truststorePath != null) {
        options.withString(DefaultDriverOption.SSL_TRUSTSTORE_PATH, truststorePath);
      }
      if (truststorePassword != null) {
        options.withString(DefaultDriverOption.SSL_TRUSTSTORE_PASSWORD, truststorePassword);
      }
    }
    CqlSessionBuilder session =
        CqlSession.builder()
            .withClassLoader(driverLoader)
            .withConfigLoader(options.build())
            .withLocalDatacenter(localDatacenter)
            .withApplicationName("meterflow");
    contactPoints.forEach(point -> session.addContactPoint(address(point)));
    if (keyspace != null) {
      session.withKeyspace(keyspace);
    }
    if (username != null) {
      // A PlainTextAuthProvider; the driver never logs the password.
      session.withAuthCredentials(username, password);
    }
    return session.build();
  }

  /** True for host:port with a port from 1 to 65535. */
  public static boolean isContactPoint(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    if (colon <= 0 || colon == hostAndPort.length() - 1) {
      return false;
    }
    try {
      int port = Integer.parseInt(hostAndPort.substring(colon + 1));
      return port > 0 && port < 65536;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static InetSocketAddress address(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    return new InetSocketAddress(
        hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
  }

  private Builder toBuilder() {
    Builder copy =
        builder()
            .setContactPoints(contactPoints)
            .setLocalDatacenter(localDatacenter)
            .setRequestTimeout(requestTimeout)
            .setConsistency(consistency);
    copy.keyspace = keyspace;
    copy.username = username;
    copy.password = password;
    copy.tls = tls;
    copy.truststorePath = truststorePath;
    copy.truststorePassword = truststorePassword;
    copy.hostnameValidation = hostnameValidation;
    return copy;
  }

  @Override
  public String toString() {
    return "CassandraConnectionConfig{contactPoints="
        + contactPoints
        + ", localDatacenter="
        + localDatacenter
        + ", keyspace="
        + keyspace
        + ", username="
        + username
        + ", password="
        + (password == null ? null : REDACTED)
        + ", tls="
        + tls
        + ", truststorePath="
        + truststorePath
        + ", truststorePassword="
        + (truststorePassword == null ? null : REDACTED)
        + ", hostnameValidation="
        + hostnameValidation
        + ", requestTimeout="
        + requestTimeout
        + ", consistency="
        + consistency
        + "}";
  }

  /** Builds a {@link CassandraConnectionConfig}; {@link #build()} names what is missing. */
  public static final class Builder {

    private final List<String> contactPoints = new ArrayList<>();
    private String localDatacenter;
    private String keyspace;
    private String username;
    private String password;
    private boolean tls;
    private String truststorePath;
    private String truststorePassword;
    private boolean hostnameValidation = true;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private DefaultConsistencyLevel consistency = DefaultConsistencyLevel.LOCAL_QUORUM;

    private Builder() {}

    /** Contact points as host:port, e.g. 127.0.0.1:9042. */
    public Builder setContactPoints(List<String> hostAndPorts) {
      contactPoints.clear();
      contactPoints.addAll(hostAndPorts);
      return this;
    }

    /** The datacenter the driver routes requests to (required with explicit contact points). */
    public Builder setLocalDatacenter(String datacenter) {
      this.localDatacenter = datacenter;
      return this;
    }

    public Builder setKeyspace(String keyspace) {
      this.keyspace = keyspace;
      return this;
    }

    /** Authenticates with Cassandra's PasswordAuthenticator (a PlainTextAuthProvider). */
    public Builder setCredentials(String username, String password) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /**
     * Encrypts connections. Without a truststore the JVM's default truststore is used.
     *
     * @param truststorePath a JKS or PKCS12 truststore, or null
     * @param truststorePassword its password, or null
     * @param hostnameValidation whether the node's certificate must name its host
     */
    public Builder setTls(
        String truststorePath, String truststorePassword, boolean hostnameValidation) {
      this.tls = true;
      this.truststorePath = truststorePath;
      this.truststorePassword = truststorePassword;
      this.hostnameValidation = hostnameValidation;
      return this;
    }

    /** How long the driver waits for one request, its own retries included (default 10 s). */
    public Builder setRequestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** Consistency of every request of the session (default LOCAL_QUORUM). */
    public Builder setConsistency(DefaultConsistencyLevel consistency) {
      this.consistency = consistency;
      return this;
    }

    public CassandraConnectionConfig build() {
      if (contactPoints.isEmpty()) {
        throw new IllegalArgumentException(
            "CassandraConnectionConfig needs contact points: call setContactPoints(host:port...).");
      }
      for (String point : contactPoints) {
        if (!isContactPoint(point)) {
          throw new IllegalArgumentException(
              "Cassandra contact point '" + point + "' is not host:port, e.g. 127.0.0.1:9042.");
        }
      }
      if (localDatacenter == null || localDatacenter.isBlank()) {
        throw new IllegalArgumentException(
            "CassandraConnectionConfig needs the local datacenter: call setLocalDatacenter(...)"
                + " with the datacenter of the contact points (nodetool status shows it).");
      }
      if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException(
            "CassandraConnectionConfig needs a positive request timeout: setRequestTimeout(...).");
      }
      Objects.requireNonNull(consistency, "consistency");
      return new CassandraConnectionConfig(this);
    }
  }
}
