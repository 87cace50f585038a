"""Team views of the register, by concern: home and dashboard (home), case and meeting lists
(lists), a record's detail, edit, delete and export (records), drafts, and the national
coordinator's code lists (code_lists). The entry wizard is forms.wizard. Access: forms.access."""
