package dev.tasuki.exchange;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.tasuki.TestUsers;
import dev.tasuki.relay.Lead;
import dev.tasuki.relay.LeadQuery;
import dev.tasuki.relay.Leads;

/** Posting files to the import API as the demo admin, and finding what they made. */
@Component
class ImportFixtures {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    // Every test context scans this class; only those with MockMvc post files.
    private final ObjectProvider<MockMvcTester> mvc;
    private final Leads leads;

    ImportFixtures(ObjectProvider<MockMvcTester> mvc, Leads leads) {
        this.mvc = mvc;
        this.leads = leads;
    }

    /** A prefix that keeps this test's emails and record ids apart from every other test's on the shared database. */
    static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    MvcTestResult post(String query, String csv) {
        return post(query, csv.getBytes(StandardCharsets.UTF_8), "ja");
    }

    MvcTestResult post(String query, byte[] file, String language) {
        return mvc.getObject()
                .post()
                .uri("/api/v1/imports?" + query)
                .multipart()
                .file(new MockMultipartFile("file", "export.csv", "text/csv", file))
                .with(httpBasic(TestUsers.ADMIN, TestUsers.PASSWORD))
                .header("Accept-Language", language)
                .exchange();
    }

    Optional<Lead> lead(String email) {
        List<Lead> found =
                leads.search(new LeadQuery(email, null, null, null, null, null, false, 0, 5)).items().stream()
                        .filter(lead -> email.equalsIgnoreCase(lead.email()))
                        .toList();
        return found.stream().findFirst();
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }
}
