"""Views of annual reports (team), the report wizard (wizard), national statistics (national)
and the public yearly page (public).

Access is checked on the server for every view (rules in forms.reports.workflow): team members
read their team's reports, team leaders and the coordinating manager edit the draft, the
coordinating manager submits, the national coordinator reads everything, accepts and reopens.
Another team's report answers 404, a forbidden action 403.
"""
