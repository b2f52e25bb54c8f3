package org.jindu.portal.api.rest;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list answer that a module keeps in memory and returns many times (the module kit's
 * {@code ModuleSupport.cached}): the platform's JSON provider writes its JSON once, keeps the bytes here and sends them
 * again for the next answer, which then costs no serialisation. To clients it is a plain JSON array.
 */
public final class KeptList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<E> items;
    private transient volatile byte[] json;

    private KeptList(List<E> items) {
        this.items = items;
    }

    /** A kept copy of these items (none may be null). */
    public static <E> KeptList<E> of(List<E> items) {
        return new KeptList<>(List.copyOf(items));
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The JSON written for this list by the platform, or {@code null} before its first answer. */
    public byte[] json() {
        return json;
    }

    /** Keeps the JSON written for this list; the platform calls it once, with bytes it does not change afterwards. */
    public void json(byte[] written) {
        if (json == null) {
            json = written;
        }
    }
}
