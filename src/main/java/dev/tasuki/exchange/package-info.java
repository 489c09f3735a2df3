/**
 * Exchange: files in and out. Imports of HubSpot and Salesforce exports (and the MRR file of the success module)
 * through one endpoint, with header matching, encodings, de-duplication, dry runs and error reports; exports of the
 * lists to CSV and Excel; the whole organisation as a tasuki file, exported and imported back to the same data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Exchange",
        allowedDependencies = {"platform", "identity", "customer", "relay", "deal", "success"})
package dev.tasuki.exchange;
