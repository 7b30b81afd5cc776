package org.govflow.casework;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores the years without a loaded calendar as a short text such as {@code "2027"} or {@code "2027,2028"}. */
final class MissingYears {

    private MissingYears() {
    }

    static SortedSet<Integer> parse(String text) {
        if (text == null || text.isBlank()) {
            return Collections.emptySortedSet();
        }
        return Collections.unmodifiableSortedSet(Arrays.stream(text.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    static String format(Collection<Integer> years) {
        return years.isEmpty() ? null
                : new TreeSet<>(years).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static String union(String text, Collection<Integer> more) {
        SortedSet<Integer> all = new TreeSet<>(parse(text));
        all.addAll(more);
        return format(all);
    }

    static String without(String text, int year) {
        SortedSet<Integer> rest = new TreeSet<>(parse(text));
        rest.remove(year);
        return format(rest);
    }
}
