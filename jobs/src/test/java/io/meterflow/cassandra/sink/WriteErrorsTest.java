package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.connection.HeartbeatException;
import com.datastax.oss.driver.api.core.servererrors.DefaultWriteType;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.SyntaxError;
import com.datastax.oss.driver.api.core.servererrors.UnauthorizedException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteFailureException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class WriteErrorsTest {

  @Test
  void shouldRetryTimeoutsUnavailabilityOverloadAndLostConnections() {
    assertThat(WriteErrors.isRetryable(new DriverTimeoutException("Query timed out after PT10S")))
        .isTrue();
    assertThat(
            WriteErrors.isRetryable(
                new WriteTimeoutException(
                    null, DefaultConsistencyLevel.LOCAL_QUORUM, 1, 2, DefaultWriteType.SIMPLE)))
        .isTrue();
    assertThat(
            WriteErrors.isRetryable(
                new UnavailableException(null, DefaultConsistencyLevel.LOCAL_QUORUM, 2, 1)))
        .isTrue();
    assertThat(WriteErrors.isRetryable(new OverloadedException(null))).isTrue();
    assertThat(WriteErrors.isRetryable(new ClosedConnectionException("Lost connection"))).isTrue();
    assertThat(
            WriteErrors.isRetryable(
                new HeartbeatException(new InetSocketAddress(9042), "no heartbeat", null)))
        .isTrue();
    assertThat(WriteErrors.isRetryable(new BusyConnectionException(1024))).isTrue();
    assertThat(WriteErrors.isRetryable(new NoNodeAvailableException())).isTrue();
  }

  @Test
  void shouldFailAtOnceOnErrorsThatRetryingCannotFix() {
    assertThat(WriteErrors.isRetryable(new SyntaxError(null, "line 1:7 no viable alternative")))
        .isFalse();
    assertThat(WriteErrors.isRetryable(new InvalidQueryException(null, "unconfigured table x")))
        .isFalse();
    assertThat(WriteErrors.isRetryable(new UnauthorizedException(null, "no MODIFY permission")))
        .isFalse();
    assertThat(WriteErrors.isRetryable(new AuthenticationException(null, "bad credentials")))
        .isFalse();
    assertThat(
            WriteErrors.isRetryable(
                new WriteFailureException(
                    null,
                    DefaultConsistencyLevel.LOCAL_QUORUM,
                    0,
                    2,
                    DefaultWriteType.SIMPLE,
                    2,
                    Map.of())))
        .isFalse();
    assertThat(
            WriteErrors.isRetryable(
                new CodecNotFoundException(null, GenericType.of(StringBuilder.class))))
        .isFalse();
    assertThat(WriteErrors.isRetryable(new IllegalArgumentException("Invalid value"))).isFalse();
  }

  @Test
  void shouldClassifyTheErrorInsideFutureWrappers() {
    DriverTimeoutException timeout = new DriverTimeoutException("Query timed out");

    assertThat(WriteErrors.isRetryable(new CompletionException(timeout))).isTrue();
    assertThat(WriteErrors.isRetryable(new ExecutionException(new CompletionException(timeout))))
        .isTrue();
    assertThat(WriteErrors.unwrap(new CompletionException(timeout))).isSameAs(timeout);
    assertThat(WriteErrors.isRetryable(new CompletionException(new SyntaxError(null, "bad query"))))
        .isFalse();
  }
}
