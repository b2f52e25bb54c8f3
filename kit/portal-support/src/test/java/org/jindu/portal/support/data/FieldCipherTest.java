package org.jindu.portal.support.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jindu.portal.api.data.Masking;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    final FieldCipher cipher = new FieldCipher(FieldCipher.newKey());

    @Test
    void roundTripWithRandomIv() {
        String a = cipher.encrypt("110101199003077777");
        String b = cipher.encrypt("110101199003077777");
        assertThat(a).startsWith("v1:").doesNotContain("110101").isNotEqualTo(b);
        assertThat(cipher.decrypt(a)).isEqualTo("110101199003077777");
        assertThat(cipher.encrypt(null)).isNull();
    }

    @Test
    void anotherKeyCannotDecryptAndTamperingIsDetected() {
        String c = cipher.encrypt("13800138000");
        assertThatThrownBy(() -> new FieldCipher(FieldCipher.newKey()).decrypt(c)).hasMessageContaining("decryption failed");
        char[] chars = c.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsExactStableAndNormalised() {
        assertThat(cipher.blindIndex("11010119900307777x")).isEqualTo(cipher.blindIndex(" 11010119900307777X "));
        assertThat(cipher.blindIndex("110101199003077777")).isNotEqualTo(cipher.blindIndex("110101199003077778"));
        assertThat(new FieldCipher(FieldCipher.newKey()).blindIndex("a")).isNotEqualTo(cipher.blindIndex("a"));
    }

    @Test
    void masking() {
        assertThat(Masking.idNumber("440301199001011234")).isEqualTo("4403**********1234");
        assertThat(Masking.phone("13800138000")).isEqualTo("138****8000");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.idNumber("123")).isEqualTo("***");
        assertThat(Masking.idNumber(null)).isNull();
    }
}
