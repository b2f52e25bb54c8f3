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
    static final byte[] KEY = new byte[32];
    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path root;
    TestDb db;
    FileStoreImpl store;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDb();
        store = new FileStoreImpl(db.emf, root, 200_000, KEY, "k1");
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
        byte[] big = new byte[200_001];
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

    /** Issue 10 acceptance 3: the bytes on disk are not the image's, nor recognisable as an image. */
    @Test
    void filesAreEncryptedAtRestAndBoundToTheirId() throws Exception {
        byte[] png = new byte[150_000];
        new java.util.Random(7).nextBytes(png);
        System.arraycopy(PNG_HEAD, 0, png, 0, PNG_HEAD.length);
        StoredFile f = upload("photo.png", png);
        assertThat(f.contentType()).isEqualTo("image/png");
        Path stored;
        try (Stream<Path> files = Files.walk(root)) {
            stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        byte[] disk = Files.readAllBytes(stored);
        assertThat(indexOf(disk, PNG_HEAD)).as("no PNG magic").isEqualTo(-1);
        assertThat(indexOf(disk, java.util.Arrays.copyOfRange(png, 1000, 1032))).as("no run of the image's bytes").isEqualTo(-1);
        try (InputStream in = store.open(f.id())) {
            assertThat(in.readAllBytes()).isEqualTo(png);
        }
        // another file's bytes under this id, a cut or an altered byte: refused, never served
        FileCipher cipher = new FileCipher(KEY, "k1");
        assertThatThrownBy(() -> cipher.decrypt(new ByteArrayInputStream(disk), "another-id").readAllBytes()).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> cipher.decrypt(new ByteArrayInputStream(java.util.Arrays.copyOf(disk, 4 + 3 + 12 + 65536 + 16)), f.id())
                .readAllBytes()).as("cut at a chunk boundary").isInstanceOf(java.io.IOException.class);
        byte[] altered = disk.clone();
        altered[altered.length - 100] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(new ByteArrayInputStream(altered), f.id()).readAllBytes()).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> new FileCipher(new byte[32], "k2").decrypt(new ByteArrayInputStream(disk), f.id()))
                .hasMessageContaining("key k1");
    }

    @Test
    void exactMultiplesOfAChunkAndEmptyTailsRoundTrip() throws Exception {
        FileCipher cipher = new FileCipher(KEY, "k1");
        for (int size : new int[] {1, FileCipher.CHUNK - 1, FileCipher.CHUNK, FileCipher.CHUNK + 1, 2 * FileCipher.CHUNK}) {
            byte[] plain = new byte[size];
            new java.util.Random(size).nextBytes(plain);
            java.io.ByteArrayOutputStream sealed = new java.io.ByteArrayOutputStream();
            try (java.io.OutputStream out = cipher.encrypt(sealed, "f")) {
                out.write(plain);
            }
            assertThat(cipher.decrypt(new ByteArrayInputStream(sealed.toByteArray()), "f").readAllBytes()).as("size " + size).isEqualTo(plain);
        }
    }

    @Test
    void aFailedInsertLeavesNoFile() throws Exception {
        assertThatThrownBy(() -> store.store(VILLAGE, "assessment", "x".repeat(500), "7:A1", 3L, "a.pdf", new ByteArrayInputStream(PDF)))
                .isInstanceOf(RuntimeException.class);
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void startUpEncryptsFilesInClearAndRemovesLeftovers() throws Exception {
        StoredFile f = upload("a.pdf", PDF);
        Path stored;
        try (Stream<Path> files = Files.walk(root)) {
            stored = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        Files.write(stored, PDF);
        Path orphan = stored.resolveSibling("00000000-0000-0000-0000-000000000000");
        Files.write(orphan, PDF);
        Path fresh = stored.resolveSibling("upload-1.part");
        Files.write(fresh, PDF);
        Files.setLastModifiedTime(orphan, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        try (InputStream in = store.open(f.id())) {
            assertThat(in.readAllBytes()).as("a file of an earlier version, in clear").isEqualTo(PDF);
        }
        store.tidy(java.time.Duration.ofHours(1));
        assertThat(indexOf(Files.readAllBytes(stored), "%PDF".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        try (InputStream in = store.open(f.id())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(orphan).doesNotExist();
        assertThat(fresh).as("young: maybe an upload in progress").exists();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
