package dev.tasuki.customer;

/**
 * What tells which account a lead belongs to: its email (or a company domain) and the company name it gave. Either may
 * be null.
 */
public record CompanyClue(String emailOrDomain, String companyName) {}
