package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DyadTest {

  @Test
  void parsesTwoAlpha3CodesInOrder() {
    Dyad d = Dyad.parse("pak-afg");
    assertThat(d.first()).isEqualTo("PAK");
    assertThat(d.second()).isEqualTo("AFG");
    assertThat(d.id()).isEqualTo("PAK-AFG");
  }

  @Test
  void rejectsUnknownCodesWhenCheckedAgainstTheGazetteer() {
    assertThatThrownBy(() -> Dyad.parse("PAK-XYZ", Gazetteer.standard()))
        .hasMessage("unknown country code 'XYZ' in dyad PAK-XYZ");
  }

  @Test
  void rejectsAPairOfOneCountry() {
    assertThatThrownBy(() -> Dyad.parse("PAK-PAK")).hasMessage("a dyad needs two different countries: PAK-PAK");
  }

  @Test
  void classifiesSubjectsByForm() {
    Dyad d = Dyad.parse("PAK-AFG");
    Gazetteer g = Gazetteer.standard();
    assertThat(SubjectKind.of("PAK-AFG", d, g)).isEqualTo(SubjectKind.DYAD);
    assertThat(SubjectKind.of("AFG", d, g)).isEqualTo(SubjectKind.COUNTRY);
    assertThat(SubjectKind.of("PK-KP", d, g)).isEqualTo(SubjectKind.PROVINCE);
    assertThat(SubjectKind.of("CASA-1000", d, g)).isEqualTo(SubjectKind.INITIATIVE);
    assertThatThrownBy(() -> SubjectKind.of("IND", d, g)).hasMessage("subject country IND is not in dyad PAK-AFG");
    assertThatThrownBy(() -> SubjectKind.of("IN-DL", d, g)).hasMessage("province IN-DL is not in dyad PAK-AFG");
  }
}
