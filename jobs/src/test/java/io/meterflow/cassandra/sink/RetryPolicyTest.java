package io.meterflow.cassandra.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1_000));

  @Test
  void shouldDoubleTheBackoffFromTheInitialOneUpToTheCap() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoff(5)).isEqualTo(Duration.ofMillis(1_000));
    assertThat(policy.longestBackoff()).isEqualTo(Duration.ofMillis(1_000));
  }

  @Test
  void shouldStayAtTheCapForAnyNumberOfFailures() {
    assertThat(policy.backoff(64)).isEqualTo(Duration.ofMillis(1_000));
    assertThat(policy.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(1_000));
  }

  @Test
  void shouldAllowExactlyMaxRetriesAfterTheFirstAttempt() {
    assertThat(policy.mayRetry(1)).isTrue();
    assertThat(policy.mayRetry(5)).isTrue();
    assertThat(policy.mayRetry(6)).isFalse();
    assertThat(new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1)).mayRetry(1))
        .isFalse();
  }

  @Test
  void shouldRejectBackoffsThatCannotWork() {
    assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ofMillis(1), Duration.ofMillis(1)))
        .hasMessage("maxRetries must be 0 or more, was -1");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofMillis(1)))
        .hasMessage("initialBackoff must be positive, was PT0S");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("maxBackoff (PT1S) must not be shorter than initialBackoff (PT2S)");
  }
}
