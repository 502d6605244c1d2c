package io.maestro.common.store;

import java.util.Arrays;

/**
 * The document positions under one index key, kept sorted so that candidates come out in the collection's natural
 * order. An int array rather than a set of boxed integers: an index of 100,000 documents holds that many positions.
 */
final class PositionSet {

    private int[] positions = new int[2];
    private int size;

    boolean add(int position) {
        int index = Arrays.binarySearch(positions, 0, size, position);
        if (index >= 0) {
            return false;
        }
        int insertAt = -index - 1;
        if (size == positions.length) {
            positions = Arrays.copyOf(positions, size + (size >> 1) + 1);
        }
        System.arraycopy(positions, insertAt, positions, insertAt + 1, size - insertAt);
        positions[insertAt] = position;
        size++;
        return true;
    }

    boolean remove(int position) {
        int index = Arrays.binarySearch(positions, 0, size, position);
        if (index < 0) {
            return false;
        }
        System.arraycopy(positions, index + 1, positions, index, size - index - 1);
        size--;
        return true;
    }

    boolean contains(int position) {
        return Arrays.binarySearch(positions, 0, size, position) >= 0;
    }

    void clear() {
        positions = new int[2];
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int get(int index) {
        return positions[index];
    }
}
