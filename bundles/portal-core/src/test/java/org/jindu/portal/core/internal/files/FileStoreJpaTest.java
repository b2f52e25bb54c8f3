package org.jindu.portal.core.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.jindu.portal.api.Role;
import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.data.StoredFile;
import org.jindu.portal.core.internal.TestDb;
import org.jindu.portal.support.data.FileTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence files: type from content, size limit, sanitised names, nothing left behind on refusal. */
class FileStoreJpaTest {
    static final UserContext VILLAGE = new UserContext(5, "village", "张", Set.of(Role.VILLAGE_STAFF), Set.of(3L), Set.of(), null);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;
    TestDb db;
    FileStoreImpl store;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDb();
        store = new FileStoreImpl(db.emf, root, 1024);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    StoredFile upload(String name, byte[] content) throws Exception {
        return store.store(VILLAGE, "assessment", "evidence", "7:A1", 3L, name, new ByteArrayInputStream(content));
    }

    @Test
    void storesAPdfUnderARandomNameAndListsIt() throws Exception {
        StoredFile f = upload("../../etc/会议记录.pdf", PDF);
        assertThat(f.name()).isEqualTo("会议记录.pdf");
        assertThat(f.contentType()).isEqualTo("application/pdf");
        assertThat(f.size()).isEqualTo(PDF.length);
        assertThat(store.list("assessment", "evidence", "7:A1")).extracting(StoredFile::id).containsExactly(f.id());
        try (InputStream in = store.open(f.id())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("stored without the original name or an extension").containsExactly(f.id());
        }
        store.delete(f.id());
        assertThat(store.find(f.id())).isEmpty();
    }

    @Test
    void refusesHtmlScriptsAndExecutablesWhateverTheirName() {
        assertThatThrownBy(() -> upload("report.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("file"));
        assertThatThrownBy(() -> upload("tool.pdf", new byte[] {0x7F, 'E', 'L', 'F', 1, 1, 1}))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> upload("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> upload("archive.zip", new byte[] {'P', 'K', 3, 4, 0}))
                .as("a zip is only accepted as an Office document").isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesEmptyAndTooLargeFilesAndLeavesNothingBehind() throws Exception {
        assertThatThrownBy(() -> upload("empty.pdf", new byte[0])).hasMessageContaining("file");
        byte[] big = new byte[2048];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> upload("big.pdf", big)).isInstanceOf(ValidationException.class);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(store.list("assessment", "evidence", "7:A1")).isEmpty();
    }

    @Test
    void namesAreSanitised() {
        assertThat(FileTypes.sanitise("C:\\Users\\x\\evil\";rm -rf.pdf")).isEqualTo("evilrm -rf.pdf");
        assertThat(FileTypes.sanitise("..hidden.png")).isEqualTo("hidden.png");
        assertThat(FileTypes.sanitise("\u0000\u0007")).isEqualTo("file");
        assertThat(FileTypes.sanitise("a".repeat(300) + ".xlsx")).hasSize(100).endsWith(".xlsx");
    }
}
