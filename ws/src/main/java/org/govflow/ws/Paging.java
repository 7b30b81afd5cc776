package org.govflow.ws;

/**
 * One page of a list as other systems ask for it: 1-based page number and page size, checked once for
 * REST and SOAP alike, with the offset of its first row.
 */
public record Paging(int page, int size, int first) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The page asked for; absent page and size mean the first page of {@value #DEFAULT_SIZE}. */
    public static Paging of(Integer page, Integer size) {
        int pageNumber = Params.within("page", page == null ? 1 : page, 1, Integer.MAX_VALUE);
        int pageSize = Params.within("size", size == null ? DEFAULT_SIZE : size, 1, MAX_SIZE);
        long first = (long) (pageNumber - 1) * pageSize;
        if (first > Integer.MAX_VALUE) {
            throw Params.outOfRange("page", pageNumber, 1, Integer.MAX_VALUE / pageSize);
        }
        return new Paging(pageNumber, pageSize, (int) first);
    }
}
