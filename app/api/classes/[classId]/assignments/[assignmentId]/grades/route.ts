import { requireSessionUser } from "@/lib/auth";
import { gradesCsv } from "@/lib/csv/assignment-exports";
import { csvResponse } from "@/lib/csv/response";
import { csvFileName } from "@/lib/csv/write";
import { getAssignmentProgress } from "@/lib/data/analytics";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { assignmentParamsSchema } from "@/lib/validations/classes";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ classId: string; assignmentId: string }> }) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const params = assignmentParamsSchema.parse(await context.params);
    const { assignment, rows } = await getAssignmentProgress(db, { userId: user.id, ...params });
    return csvResponse(gradesCsv(rows), csvFileName(assignment.classroom.name, assignment.deck.title, "grades"));
  });
}
