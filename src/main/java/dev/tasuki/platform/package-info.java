/** What every module stands on: the page layout, languages, time, formats and error handling. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package dev.tasuki.platform;
