package org.aftercare.jackson.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link JsonTree} value as plain Java values, for comparing the everyday reader's trees with Jackson's. */
final class PlainTree {
    private PlainTree() {
    }

    /** The tree as plain Java values: maps, lists, integers as {@code BigInteger}, null as "null". */
    static Object of(Object v) {
        return of(v, false);
    }

    /** As {@link #of}, with numbers with a fraction as their kind only (Jackson's tree may read them as doubles). */
    static Object withFractionsAsKind(Object v) {
        return of(v, true);
    }

    private static Object of(Object v, boolean fractionsAsKind) {
        if (v instanceof JsonObject o) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < o.size(); i++) {
                m.put(o.name(i), of(o.value(i), fractionsAsKind));
            }
            return m;
        }
        if (v instanceof JsonArray a) {
            List<Object> l = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                l.add(of(a.get(i), fractionsAsKind));
            }
            return l;
        }
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        if (fractionsAsKind && v instanceof Number && !(v instanceof BigInteger)) {
            return "a number with a fraction";
        }
        if (v == JsonTree.NULL) {
            return "null";
        }
        return v;
    }
}
