package io.meterflow.jobs.normalizer;

import io.meterflow.contracts.RejectReason;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.headend.HeadEndDecodingException;
import java.io.IOException;

/**
 * The normalizer's head-end decoder on the schema registry: a message that can never be decoded
 * becomes a reject with its reason; a registry that cannot be reached stays an {@link IOException},
 * which fails the task so the job retries from its checkpoint.
 */
public final class RegistryHeadEndDecoder implements HeadEndDecoder {

  private static final long serialVersionUID = 1L;

  private final ConfluentAvroDecoder<HeadEndReading> decoder;

  public RegistryHeadEndDecoder(RegistryClientSettings registry) {
    this.decoder = new ConfluentAvroDecoder<>(HeadEndReading.class, registry);
  }

  @Override
  public HeadEndReading decode(byte[] message) throws HeadEndDecodingException, IOException {
    try {
      return decoder.decode(message);
    } catch (UndecodableMessageException e) {
      throw new HeadEndDecodingException(reason(e.kind()), e.getMessage(), e);
    }
  }

  static RejectReason reason(UndecodableMessageException.Kind kind) {
    return switch (kind) {
      case NOT_WIRE_FORMAT -> RejectReason.BAD_MAGIC_BYTE;
      case UNKNOWN_SCHEMA_ID -> RejectReason.UNKNOWN_SCHEMA_ID;
      case UNREADABLE -> RejectReason.UNPARSEABLE;
    };
  }
}
