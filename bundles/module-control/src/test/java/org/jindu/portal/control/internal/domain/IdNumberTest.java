package org.jindu.portal.control.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jindu.portal.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CT-1: ID-card numbers by GB 11643 (length, characters, birth date, check digit); messages never repeat the number. */
class IdNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", " 440308199001011239 "})
    void validNumbersPass(String id) {
        assertThat(IdNumber.problem(id, TODAY)).isEmpty();
    }

    @Test
    void theCheckDigitIsIso7064Mod11() {
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.withCheckDigit("99010119850315001")).hasSize(18);
        assertThat(IdNumber.problem(IdNumber.withCheckDigit("99010119850315001"), TODAY)).isEmpty();
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(IdNumber.problem("110105194912310021", TODAY)).get().extracting(t -> t.zh()).asString().contains("校验位");
        assertThat(IdNumber.problem("110105194912310021", TODAY)).get().extracting(t -> t.en()).asString().contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002XX", "1101051949123"})
    void aWrongLengthIsRefused(String id) {
        assertThat(IdNumber.problem(id, TODAY)).get().extracting(t -> t.en()).asString().contains("18 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194913310029", "110105194902300023", "110105203001010025", "110105189912310020"})
    void aBadBirthDateIsRefused(String id17) {
        String id = IdNumber.withCheckDigit(id17.substring(0, 17));
        assertThat(IdNumber.problem(id, TODAY)).get().extracting(t -> t.en()).asString().contains("birth date");
    }

    @Test
    void lettersAreRefused() {
        assertThat(IdNumber.problem("1101051949123100AX", TODAY)).get().extracting(t -> t.en()).asString().contains("digits");
        assertThat(IdNumber.problem("", TODAY)).get().extracting(t -> t.en()).asString().contains("required");
    }

    @Test
    void birthDateAndGenderComeFromTheNumber() {
        assertThat(IdNumber.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
        assertThat(IdNumber.gender(IdNumber.withCheckDigit("99010119850315001"))).isEqualTo(Gender.MALE);
    }

    @Test
    void theErrorNamesTheFieldButNeverTheNumber() {
        assertThatThrownBy(() -> IdNumber.require("110105194912310021", "idNumber", TODAY))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.errors()).singleElement().satisfies(fe -> {
                        assertThat(fe.field()).isEqualTo("idNumber");
                        assertThat(fe.message().zh() + fe.message().en()).doesNotContain("110105194912310021");
                    });
                });
        assertThat(IdNumber.require(" 11010519491231002x", "idNumber", TODAY)).isEqualTo("11010519491231002X");
    }
}
