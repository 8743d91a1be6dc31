//! Batch extraction over many documents, in parallel with rayon.
//!
//! Documents are independent: the lexicons are shared read-only tables and the only mutable state, the word caches
//! that the workers' runs of documents borrow from the extractor's pool, changes no result; so a batch is a plain
//! data-parallel map. Results come back in input order, equal to calling [`Extractor::analyze`] on each document in
//! turn.

use crate::extractor::{Analysis, Document, Extractor};
use rayon::prelude::*;

impl Extractor {
    /// Analyzes every document of `docs` on rayon's thread pool; the result is in input order and equal to
    /// `docs.iter().map(|d| self.analyze(d)).collect()`.
    ///
    /// The work runs in the current rayon pool: the global one (all cores by default), or the pool whose
    /// [`install`](rayon::ThreadPool::install) is running the call, which is how a caller chooses the number of
    /// threads.
    ///
    /// ```
    /// use arabic_timeline::{Document, Extractor};
    ///
    /// let ex = Extractor::new();
    /// let docs = vec![
    ///     Document::new("a", "وصل الوفد في 5 يناير 2020.").with_reference("2020-01-06".parse()?),
    ///     Document::new("b", "لا تاريخ هنا."),
    ///     Document::new("c", "عاد الوفد أمس.").with_reference("2021-03-10".parse()?),
    /// ];
    /// let out = ex.analyze_batch(&docs);
    /// let ids: Vec<&str> = out.iter().map(|a| a.id.as_str()).collect();
    /// assert_eq!(ids, ["a", "b", "c"]);
    /// assert_eq!(out[0].temporals[0].value, "2020-01-05");
    /// assert!(out[1].temporals.is_empty());
    /// assert_eq!(out[2].temporals[0].value, "2021-03-09");
    ///
    /// // With a chosen number of threads:
    /// let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
    /// assert_eq!(pool.install(|| ex.analyze_batch(&docs)), out);
    /// # Ok::<(), arabic_timeline::Error>(())
    /// ```
    pub fn analyze_batch(&self, docs: &[Document]) -> Vec<Analysis> {
        // One document per task is fine: an article costs tens of microseconds, far above rayon's per-task cost, and
        // fine-grained tasks balance uneven article lengths. rayon starts a run of documents for each piece it splits
        // off, many more than threads: the runs borrow word caches from the extractor's pool, so that a cache stays
        // warm from one run (and one call) to the next instead of each run starting empty.
        docs.par_iter()
            .map_init(
                || self.caches.lease(),
                |lease, d| self.analyze_with(d, lease),
            )
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batch_equals_sequential_in_order() {
        let ex = Extractor::new();
        let texts = [
            "في 26 يوليو 2021 وقع الطرفان الاتفاق",
            "",
            "أعلن الجيش أمس أن القصف استمر ثلاثة أيام",
            "اجتماع الأحد المقبل في الرياض",
            "لا شيء",
        ];
        let docs: Vec<Document> = (0..200)
            .map(|i| {
                Document::new(format!("d{i}"), texts[i % texts.len()])
                    .with_reference("2021-07-29".parse().unwrap())
            })
            .collect();
        let seq: Vec<Analysis> = docs.iter().map(|d| ex.analyze(d)).collect();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        assert_eq!(pool.install(|| ex.analyze_batch(&docs)), seq);
        assert_eq!(ex.analyze_batch(&docs), seq);
        assert!(ex.analyze_batch(&[]).is_empty());
    }
}
