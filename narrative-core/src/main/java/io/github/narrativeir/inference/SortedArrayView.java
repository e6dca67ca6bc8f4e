package io.github.narrativeir.inference;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * A read-only {@link SortedSet} over an array already sorted in natural order and free of
 * duplicates: lets {@link com.google.common.collect.ImmutableSortedSet#copyOfSorted} copy it
 * without sorting it again. Only what that copy needs is supported.
 */
final class SortedArrayView<E extends Comparable<? super E>> extends AbstractSet<E>
    implements SortedSet<E> {
  private final E[] elements;
  private final boolean handOver;

  SortedArrayView(E[] elements) {
    this(elements, false);
  }

  private SortedArrayView(E[] elements, boolean handOver) {
    this.elements = elements;
    this.handOver = handOver;
  }

  /**
   * A view whose {@link #toArray()} returns {@code elements} itself rather than a copy, so that the
   * copy made from it is the only one: for arrays that the caller hands over and never touches
   * again.
   */
  static <E extends Comparable<? super E>> SortedArrayView<E> handingOver(E[] elements) {
    return new SortedArrayView<>(elements, true);
  }

  @Override
  public Iterator<E> iterator() {
    return Arrays.asList(elements).iterator();
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return handOver ? elements : elements.clone();
  }

  /** Natural order, as {@link SortedSet} says: {@code null}. */
  @Override
  public @Nullable Comparator<? super E> comparator() {
    return null;
  }

  @Override
  public SortedSet<E> subSet(E fromElement, E toElement) {
    throw new UnsupportedOperationException("a view for copying only");
  }

  @Override
  public SortedSet<E> headSet(E toElement) {
    throw new UnsupportedOperationException("a view for copying only");
  }

  @Override
  public SortedSet<E> tailSet(E fromElement) {
    throw new UnsupportedOperationException("a view for copying only");
  }

  @Override
  public E first() {
    return elements[0];
  }

  @Override
  public E last() {
    return elements[elements.length - 1];
  }
}
