package dev.tasuki.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text that people wrote or that we sent (a comment, a mail), cut into runs of text and web links, so a template
 * shows the links as links and everything else escaped as it is: no HTML from the text ever reaches the page. Line
 * breaks stay in the text; the page keeps them with {@code white-space: pre-wrap}.
 */
public final class LinkedText {

    /** A run of the text; {@code href} is set when the run is an http(s) link. */
    public record Segment(String text, String href) {

        public boolean link() {
            return href != null;
        }
    }

    // Up to the first space, angle bracket or quote, without trailing punctuation of the sentence around it.
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'「」、。）)]+[^\\s<>\"'「」、。）).,;:!?]");

    private LinkedText() {}

    public static List<Segment> of(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return segments;
        }
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            if (link.start() > at) {
                segments.add(new Segment(text.substring(at, link.start()), null));
            }
            segments.add(new Segment(link.group(), link.group()));
            at = link.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
