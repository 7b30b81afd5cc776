package org.govflow.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Test scaffolding, deployed next to the EAR by the black-box tests only: makes a freshly accepted case look
 * as if it had been accepted a number of days earlier, by moving every instant and day of the case, its
 * steps, materials and actions back together. The packaged EAR has no clock a test could turn, and a step
 * cannot fall overdue within a test's minutes; everything after this (the deadline watch marking the step
 * overdue, the cards, the pages) is the real application. {@code POST ?no=<acceptance number>&days=<n>}
 * answers 204, or 404 for an unknown number.
 */
@WebServlet("/age-case")
public class CaseAgeingServlet extends HttpServlet {

    private static final String CASE = "(SELECT id FROM approval_case WHERE acceptance_no = ?)";

    @Resource(lookup = "java:jboss/datasources/GovFlowDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("no");
        String back = " - INTERVAL '" + Integer.parseInt(request.getParameter("days")) + "' DAY";
        try (Connection connection = dataSource.getConnection()) {
            int cases = update(connection, "UPDATE approval_case SET " + moved(back, "received_at",
                    "correction_notice_at", "accepted_at", "promised_due_date", "legal_due_date", "clock_started_on",
                    "paused_on", "last_action_at") + " WHERE acceptance_no = ?", number);
            update(connection, "UPDATE case_material SET " + moved(back, "arrived_at") + " WHERE case_id = " + CASE,
                    number);
            update(connection, "UPDATE step_action SET " + moved(back, "acted_at", "due_date")
                    + " WHERE step_id IN (SELECT id FROM case_step WHERE case_id = " + CASE + ")", number);
            update(connection, "UPDATE case_step SET " + moved(back, "started_at", "completed_at", "clock_started_on",
                    "due_date", "warn_at", "due_at") + " WHERE case_id = " + CASE, number);
            response.setStatus(cases == 1 ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_NOT_FOUND);
        } catch (SQLException e) {
            throw new IOException("could not age case " + number, e);
        }
    }

    private static String moved(String back, String... columns) {
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = ").append(column).append(back);
        }
        return set.toString();
    }

    private static int update(Connection connection, String sql, String number) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, number);
            return statement.executeUpdate();
        }
    }
}
