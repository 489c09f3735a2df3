package dev.tasuki.customer.web;

import dev.tasuki.platform.ListFilter;

/** The filter of a list of the customer record (accounts, contacts): sorted by name unless it asks otherwise. */
interface RecordFilter extends ListFilter {

    @Override
    default String defaultSort() {
        return "name";
    }
}
