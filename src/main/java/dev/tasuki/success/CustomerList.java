package dev.tasuki.success;

import dev.tasuki.platform.Page;

/** One page of customers and the MRR of all that matched. */
public record CustomerList(Page<CustomerRow> page, long totalMrr) {}
