package dev.mlwb.app.evidence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlwb.analysis.evidence.CategoryCount;
import dev.mlwb.analysis.evidence.QualityRow;
import dev.mlwb.analysis.evidence.QualityTable;
import dev.mlwb.analysis.evidence.UnseenCategories;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnseenAndQualityViewModelTest {
    @Test
    void unseenCategoriesAreBarsOfTheirOwnAndRowsMarkedBad() {
        UnseenCategories u = new UnseenCategories("txn category in serving", "txn category", "serving",
                "vocabulary encoders/v.json", 1000, 120, 0.12, 8, 11, 3, false,
                List.of(new CategoryCount("bnpl", 120, 0.12, true), new CategoryCount("grocery", 880, 0.88, false)));
        UnseenCategoriesViewModel m = new UnseenCategoriesViewModel(u);
        assertThat(m.caption()).isEqualTo("120 of 1,000 serving rows (12.0%) hold one of 3 categories unknown to the "
                + "vocabulary encoders/v.json (8 known).");
        assertThat(m.bars().get(0).values()[0]).isNaN();
        assertThat(m.bars().get(1).values()[0]).isEqualTo(12.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(UnseenCategoriesViewModel.states(u.values().get(0))).containsExactly("bad");
    }

    @Test
    void qualityRowsAreWordedAndFlagged() {
        QualityRow r = new QualityRow("amount", "DOUBLE", "VARCHAR", true, 0.01, 0.25, 0, 10, 3, 4, 0.07, 12,
                "critical");
        QualityTableViewModel m = new QualityTableViewModel(new QualityTable("q", "training", "serving", 100, 200,
                List.of(r)));
        assertThat(m.caption()).contains("1 of 1 features with a problem");
        assertThat(QualityTableViewModel.types(r)).isEqualTo("DOUBLE → VARCHAR");
        assertThat(QualityTableViewModel.nulls(r)).isEqualTo("1.0% → 25.0%");
        assertThat(QualityTableViewModel.range(r)).isEqualTo("[0, 10]");
        assertThat(QualityTableViewModel.outside(r)).isEqualTo("3 below, 4 above (7.0%)");
        assertThat(QualityTableViewModel.states(r)).containsExactly("bad");
    }
}
