package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import java.util.ArrayList;
import java.util.List;

/** What the stages of the prose reader have read so far in a report. */
final class ProseOutput {
  final List<Claim> claims = new ArrayList<>();
  final List<ChangeStatement> changes = new ArrayList<>();
  final List<TrendStatement> trends = new ArrayList<>();
  int numbersFound;
  int numbersTied;
}
