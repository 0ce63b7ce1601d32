package org.regwatch.classifier.pipeline;

/**
 * About 4 KB articles for the benchmark, assembled from paragraphs written for it: a mix of the
 * kinds of text the classifier meets (a moratorium, a council ban, a bill, product news, an
 * advocacy demand), so that the rule engine does realistic work on every one.
 */
final class BenchArticles {

  private static final String[] TITLES = {
    "Amazon puts a one-year pause on police use of its face recognition software",
    "City council votes to ban face surveillance by municipal agencies",
    "Senators introduce a bill to limit federal use of facial recognition",
    "New phone unlocks with a glance, even in the dark",
    "Civil liberties group urges retailers to stop selling face matching to police",
  };

  private static final String[] PARAGRAPHS = {
    "Amazon said on Wednesday that it is implementing a one-year moratorium on police use of"
        + " Rekognition, its facial recognition software. The company said it hopes the pause gives"
        + " Congress enough time to put rules for the technology in place. Organisations that help"
        + " rescue victims of human trafficking will still be allowed to use it. ",
    "The city council voted seven to two on Tuesday to prohibit municipal departments, including"
        + " the police, from buying or using face surveillance systems. The ordinance takes effect"
        + " in thirty days and requires departments to report any existing contracts. ",
    "A group of senators introduced legislation on Thursday that would bar federal agencies from"
        + " using facial recognition without a warrant. The bill would also create a private right"
        + " of action for people who are wrongly identified. It has been referred to committee. ",
    "The handset maker's latest model unlocks when it recognises its owner's face, even in a dark"
        + " room. Reviewers praised the battery life and the brighter screen, though some found the"
        + " camera bump awkward. The phone goes on sale next month in three colours. ",
    "An advocacy group called on retailers to stop selling face matching tools to law enforcement"
        + " until lawmakers set clear limits. The group said the companies must commit to a full"
        + " moratorium rather than a partial one, and published a scorecard of vendors. ",
    "Researchers at a university lab published a study measuring error rates of several commercial"
        + " systems across different lighting conditions. The paper does not recommend any policy"
        + " but notes that accuracy varied widely between vendors and data sets. ",
    "Officials in the state capital said a working group will meet over the summer to review how"
        + " agencies use biometric tools, with a report due before the next legislative session."
        + " No changes to current practice were announced. ",
    "Shares of the company rose slightly in afternoon trading after the announcement. Analysts said"
        + " the decision was unlikely to affect revenue, since sales to police departments make up a"
        + " small part of the cloud business. ",
  };

  private BenchArticles() {}

  static String title(int i) {
    return TITLES[i % TITLES.length];
  }

  /** The article's lead paragraph follows its title; the rest rotates through the others. */
  static String text(int i) {
    StringBuilder text = new StringBuilder(4_200);
    int lead = i % TITLES.length;
    text.append(PARAGRAPHS[lead]);
    int next = i;
    while (text.length() < 4_000) {
      next = (next + 3) % PARAGRAPHS.length;
      if (next != lead) {
        text.append(PARAGRAPHS[next]);
      }
    }
    return text.toString();
  }
}
