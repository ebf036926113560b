package io.meterflow.cassandra.sink;

import java.io.Serializable;

/**
 * The values of the insert statement's bind markers for one element, in marker order. Values are of
 * the types the sink can checkpoint ({@link RowValues}): String, Integer, Long, Double, Float,
 * Boolean, Instant (timestamp), LocalDate (date), and Set, List or Map of those. A null value
 * leaves its column unset, so that no tombstone is written.
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface StatementBinder<T> extends Serializable {

  Object[] bind(T element);
}
