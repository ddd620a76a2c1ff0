package org.aftercare.jackson.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointer helpers. */
final class Pointers {
    private Pointers() {
    }

    /** Appends a member name, escaping {@code ~} and {@code /}. */
    /**
     * Returns a pointer cut to at most a number of segments, so a problem about input nested beyond
     * the depth limit never carries a pointer as long as the input itself.
     */
    static String truncate(String pointer, int maxSegments) {
        int segments = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/' && ++segments > maxSegments) {
                return pointer.substring(0, i);
            }
        }
        return pointer;
    }

    static String child(String pointer, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return pointer + "/" + name;
        }
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** Appends an array index. */
    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /**
     * Finds the deepest member a domain field name such as {@code "plan.attendance[3].service"} or
     * {@code "schedule.end"} denotes inside a JSON object: the longest suffix of the field's segments that
     * resolves from the node.
     */
    static String locate(JsonObject node, String pointer, String field) {
        List<String> segments = new ArrayList<>();
        for (String part : field.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                segments.add(part);
                continue;
            }
            segments.add(part.substring(0, bracket));
            for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
                if (!index.isEmpty()) {
                    segments.add(index);
                }
            }
        }
        for (int from = 0; from < segments.size(); from++) {
            Object at = node;
            String p = pointer;
            boolean resolved = true;
            for (String s : segments.subList(from, segments.size())) {
                if (at instanceof JsonObject o && o.has(s)) {
                    at = o.get(s);
                    p = child(p, s);
                } else if (at instanceof JsonArray a && s.chars().allMatch(Character::isDigit) && !s.isEmpty()
                        && s.length() < 9 && Integer.parseInt(s) < a.size()) {
                    at = a.get(Integer.parseInt(s));
                    p = child(p, Integer.parseInt(s));
                } else {
                    resolved = false;
                    break;
                }
            }
            if (resolved) {
                return p;
            }
        }
        return pointer;
    }

    /** Compares pointers segment by segment; numeric segments numerically, a parent before its children. */
    static int compare(String a, String b) {
        String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
        String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
