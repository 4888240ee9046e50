package org.uptake.process.spec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    void countsTheSeedsDescriptionOfReceivingACarAsTwoSentences() {
        String seed = "Мастер-приемщик выслушивает клиента, определяет необходимый состав работ, оформляет наряд-заказ, "
                + "получает от клиента подтверждение о согласии с предложенными работами, стоимостью услуг и сроками ремонта. "
                + "После этого мастер-приемщик проводит внешний осмотр автомобиля, составляет дефектную карту, подписывает ее "
                + "у клиента, принимает от клиента ключ от автомобиля и передает клиенту расписку в приеме автомобиля.";
        assertThat(Sentences.count(seed)).isEqualTo(2);
    }

    @Test
    void doesNotEndASentenceAtAnAbbreviationFollowedByALowerCaseWord() {
        assertThat(Sentences.count("We repair cars, e.g. engines and brakes. Then we call the client")).isEqualTo(2);
        assertThat(Sentences.count("Ремонт т.е. замена деталей. Потом звонок клиенту!")).isEqualTo(2);
    }

    @Test
    void countsNothingInBlankTextAndOneWithoutAFullStop() {
        assertThat(Sentences.count("  ")).isZero();
        assertThat(Sentences.count(null)).isZero();
        assertThat(Sentences.count("Receiving a car")).isEqualTo(1);
        assertThat(Sentences.count("One. Two? Three! Four… Five.")).isEqualTo(5);
    }
}
