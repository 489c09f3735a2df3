package dev.tasuki.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    void anExactPageKnowsItsPositionsAndNeighbours() {
        // 60 items in pages of 25: the second page holds items 26 to 50, the third 51 to 60
        Page<Integer> second = Page.of(IntStream.rangeClosed(26, 50).boxed().toList(), 1, 25, 60);
        assertThat(second.totalExact()).isTrue();
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(second.firstPosition()).isEqualTo(26);
        assertThat(second.lastPosition()).isEqualTo(50);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();

        Page<Integer> third = Page.of(IntStream.rangeClosed(51, 60).boxed().toList(), 2, 25, 60);
        assertThat(third.lastPosition()).isEqualTo(60);
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void anEmptyListHasNoPositionsAndNoNeighbours() {
        Page<String> empty = Page.of(List.of(), 0, 25, 0);
        assertThat(empty.totalPages()).isZero();
        assertThat(empty.firstPosition()).isZero();
        assertThat(empty.lastPosition()).isZero();
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();
    }

    @Test
    void anEstimatedTotalGoesOnByWhetherThePageCameBackFull() {
        // an estimate of 1,000,000 may be wrong either way: a full page suggests more, a short one is the end
        Page<Integer> full = Page.estimated(IntStream.range(0, 25).boxed().toList(), 3, 25, 1_000_000);
        assertThat(full.totalExact()).isFalse();
        assertThat(full.hasNext()).isTrue();
        Page<Integer> shortPage = Page.estimated(List.of(1, 2), 4, 25, 1_000_000);
        assertThat(shortPage.hasNext()).isFalse();
        assertThat(shortPage.firstPosition()).isEqualTo(101);
    }

    @Test
    void requestedPagesAndSizesAreKeptInBounds() {
        assertThat(Page.number(-3)).isZero();
        assertThat(Page.number(4)).isEqualTo(4);
        assertThat(Page.size(0)).isEqualTo(Page.DEFAULT_SIZE);
        assertThat(Page.size(-1)).isEqualTo(Page.DEFAULT_SIZE);
        assertThat(Page.size(50)).isEqualTo(50);
        assertThat(Page.size(10_000)).isEqualTo(Page.MAX_SIZE);
        assertThat(Page.offset(Integer.MAX_VALUE, Page.MAX_SIZE))
                .as("no int overflow")
                .isPositive();
    }

    @Test
    void mapKeepsThePaging() {
        Page<String> names = Page.of(List.of(1, 2), 1, 2, 5).map(i -> "#" + i);
        assertThat(names).isEqualTo(new Page<>(List.of("#1", "#2"), 1, 2, 5, true));
    }

    @Test
    void eachReadsPageAfterPageUntilOneComesBackShort() {
        // 5 items in pages of 2: pages 0 and 1 are full, page 2 holds one item and ends the walk
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        List<Integer> asked = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        Page.each(
                page -> {
                    asked.add(page);
                    int from = Math.min(page * 2, all.size());
                    return Page.of(all.subList(from, Math.min(from + 2, all.size())), page, 2, all.size());
                },
                seen::add);
        assertThat(seen).containsExactly(1, 2, 3, 4, 5);
        assertThat(asked).containsExactly(0, 1, 2);
    }
}
