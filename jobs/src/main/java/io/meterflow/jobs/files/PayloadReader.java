package io.meterflow.jobs.files;

import io.meterflow.normalizer.raw.RawPayload;
import java.io.Closeable;
import java.io.IOException;

/** The payloads of one input file, one at a time, in file order. */
interface PayloadReader extends Closeable {

  /**
   * @return the next payload, or null at the end of the file
   */
  RawPayload next() throws IOException;
}
