package io.github.narrativeir.inference;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;

/**
 * A read-only {@link SortedSet} over an array already sorted in natural order and free of
 * duplicates: lets {@link com.google.common.collect.ImmutableSortedSet#copyOfSorted} copy it
 * without sorting it again. Only what that copy needs is supported.
 */
final class SortedArrayView<E extends Comparable<? super E>> extends AbstractSet<E>
    implements SortedSet<E> {
  private final E[] elements;

  SortedArrayView(E[] elements) {
    this.elements = elements;
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
    return elements.clone();
  }

  /** Natural order, as {@link SortedSet} says: {@code null}. */
  @Override
  public Comparator<? super E> comparator() {
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
