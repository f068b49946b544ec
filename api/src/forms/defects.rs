//! What makes a form unusable, found before anyone fills it in: two fields with
//! one id, a condition or rule naming a field that is not there, a pattern that
//! does not compile, a choice without options.

use std::collections::BTreeSet;

use super::{Condition, Field, FieldKind, Form, Rule};

impl Form {
    /// Every defect of the form, one sentence each; none for a usable form.
    pub fn defects(&self) -> Vec<String> {
        let mut defects = Vec::new();
        scope_defects(self.fields(), "", &mut defects);
        let mut sections = BTreeSet::new();
        for section in &self.sections {
            if !sections.insert(&section.id) {
                defects.push(format!("section id {} is used twice", section.id));
            }
        }
        defects
    }
}

/// The defects of fields answered side by side (a form's top level, or a group's entry).
fn scope_defects<'a>(
    fields: impl Iterator<Item = &'a Field> + Clone,
    prefix: &str,
    defects: &mut Vec<String>,
) {
    let mut ids = BTreeSet::new();
    for field in fields.clone() {
        if !ids.insert(field.id.as_str()) {
            defects.push(format!("field id {prefix}{} is used twice", field.id));
        }
    }
    let kind_of = |id: &str| fields.clone().find(|f| f.id == id).map(|f| &f.kind);
    for field in fields.clone() {
        let path = format!("{prefix}{}", field.id);
        let shown_by = match &field.show_if {
            Some(Condition::Equals { field, .. } | Condition::Includes { field, .. }) => {
                Some(field)
            }
            None => None,
        };
        if let Some(other) = shown_by
            && kind_of(other).is_none()
        {
            defects.push(format!(
                "{path} is shown by {other}, which is not beside it"
            ));
        }
        for rule in &field.rules {
            match rule {
                Rule::Pattern { regex, .. } if regex_lite::Regex::new(regex).is_err() => {
                    defects.push(format!("{path} has a pattern that does not compile"));
                }
                Rule::After { field: other, .. } if kind_of(other) != Some(&FieldKind::Date) => {
                    defects.push(format!(
                        "{path} must follow {other}, which is not a date beside it"
                    ));
                }
                _ => {}
            }
        }
        match &field.kind {
            FieldKind::Choice { options } | FieldKind::MultiChoice { options }
                if options.is_empty() =>
            {
                defects.push(format!("{path} offers no options"));
            }
            FieldKind::Group {
                fields, min, max, ..
            } => {
                if min > max {
                    defects.push(format!("{path} asks for more entries than it allows"));
                }
                scope_defects(fields.iter(), &format!("{path}.*."), defects);
            }
            _ => {}
        }
    }
}
