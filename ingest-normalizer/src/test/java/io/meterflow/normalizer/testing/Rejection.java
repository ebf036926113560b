package io.meterflow.normalizer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.reject.RejectedInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The reason and detail of a rejection, to compare with the expected one in one assertion. */
public record Rejection(RejectReason reason, String detail) {

  /** The rejection the call throws; fails the test when it throws none or something else. */
  public static Rejection of(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(RejectedInput.class);
    RejectedInput rejected = (RejectedInput) thrown;
    return new Rejection(rejected.reason(), rejected.detail());
  }
}
