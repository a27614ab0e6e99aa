// Generated from openapi.json by `npm run contracts`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_me"];
        put?: never;
        post?: never;
        delete: operations["Privacy_erase"];
        options?: never;
        head?: never;
        patch: operations["Users_updateMe"];
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminUsers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Candidates_getMine"];
        put: operations["Candidates_putMine"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Candidates_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Organizations_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_members"];
        put?: never;
        post: operations["Organizations_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Organizations_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminOrganizations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminOrganizations_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/organizations/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["AdminOrganizations_revokeVerification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_search"];
        put?: never;
        post: operations["Jobs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Jobs_update"];
        trace?: never;
    };
    "/api/v1/jobs/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_readiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Jobs_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Jobs_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_forOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Applications_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Applications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Applications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["Applications_update"];
        trace?: never;
    };
    "/api/v1/candidates/me/advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Advisers_myAdvisers"];
        put?: never;
        post: operations["Advisers_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/me/advisers/{adviserId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["Advisers_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/advisers/me/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Advisers_caseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Privacy_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visa/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Visa_eligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visa/pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Visa_pathways"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visa/rule-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Visa_ruleSet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visa/sponsorship-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Visa_sponsorship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pathway-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PathwayPlans_list"];
        put?: never;
        post: operations["PathwayPlans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pathway-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PathwayPlans_get"];
        put?: never;
        post?: never;
        delete: operations["PathwayPlans_remove"];
        options?: never;
        head?: never;
        patch: operations["PathwayPlans_update"];
        trace?: never;
    };
    "/api/v1/pathway-plans/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["PathwayPlans_updateItem"];
        trace?: never;
    };
    "/api/v1/taxonomy/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Taxonomy_skills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Taxonomy_occupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/insights/market": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Insights_market"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Moderation_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Moderation_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{id}/takedown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Moderation_takedown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{id}/reports/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Moderation_dismissReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Matching_jobsForMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Matching_candidatesForJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Matching_fit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        HealthDto: {
            /** @example ok */
            status: string;
            /** @example up */
            database: string;
        };
        ErrorDetailDto: {
            /** @example email */
            path: string;
            /** @example must be an email */
            issue: string;
        };
        ErrorBodyDto: {
            /** @example VALIDATION_FAILED */
            code: string;
            /** @example The request is not valid */
            message: string;
            details?: components["schemas"]["ErrorDetailDto"][];
            /** @example 3f1c9a0e-8a4b-4c1e-9d0b-2b6f5f1d9e11 */
            requestId: string;
        };
        ErrorEnvelopeDto: {
            error: components["schemas"]["ErrorBodyDto"];
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** @example mina@example.com */
            email: string;
            /** @enum {string} */
            role: "candidate" | "employer" | "adviser" | "admin";
            /** @enum {string} */
            locale: "ja" | "ko" | "en";
            /** Format: date-time */
            createdAt: string;
        };
        UpdateMeDto: {
            /**
             * @description Language of the portal and of e-mails for this user
             * @enum {string}
             */
            locale: "ja" | "ko" | "en";
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        RegisterDto: {
            /** @example mina@example.com */
            email: string;
            /** @example correct horse battery */
            password: string;
            /**
             * @description Admins cannot register themselves
             * @enum {string}
             */
            role: "candidate" | "employer" | "adviser";
            /** @enum {string} */
            locale: "ja" | "ko" | "en";
        };
        RegisteredDto: {
            /** @description Short-lived JWT for the Authorization: Bearer header */
            accessToken: string;
            /** @description Opaque token, valid once: each refresh returns a new one */
            refreshToken: string;
            user: components["schemas"]["UserDto"];
        };
        LoginDto: {
            /** @example mina@example.com */
            email: string;
            password: string;
        };
        TokenPairDto: {
            /** @description Short-lived JWT for the Authorization: Bearer header */
            accessToken: string;
            /** @description Opaque token, valid once: each refresh returns a new one */
            refreshToken: string;
        };
        RefreshTokenDto: {
            /** @description The refresh token from register, login or the previous refresh */
            refreshToken: string;
        };
        EducationDto: {
            /** @enum {string} */
            level: "high-school" | "vocational" | "associate" | "bachelor" | "master" | "doctor";
            institution?: string;
            /** @example KR */
            country?: string;
            /** @example business administration */
            field?: string;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            graduationDate?: string;
            /** @example 3.4 */
            gpa?: number;
            /**
             * @description the top of the GPA scale (4.0, 4.3, 4.5, 100)
             * @example 4.5
             */
            gpaScale?: number;
        };
        LanguageTestDto: {
            /** @enum {string} */
            test: "JLPT" | "TOPIK" | "BJT" | "KIIP" | "TOEIC" | "TOEFL" | "IELTS";
            /** @description JLPT N1..N5, TOPIK 1..6, KIIP stage 0..5 */
            level?: string | number;
            /** @description BJT 0..800, TOEIC 10..990, TOEFL 0..120, IELTS 0..9 */
            score?: number;
            /** Format: date */
            date?: string;
        };
        ExperienceDto: {
            title?: string;
            /** @example 2742 */
            occupationCode?: string;
            months: number;
            /** @example JP */
            country?: string;
        };
        PayDto: {
            /** @description integer, in won or yen */
            amount: number;
            /** @enum {string} */
            currency: "KRW" | "JPY";
            /** @enum {string} */
            period: "year" | "month" | "hour";
        };
        WishesDto: {
            countries?: ("KR" | "JP")[];
            /**
             * @example [
             *       "2742"
             *     ]
             */
            occupationCodes?: string[];
            employmentTypes?: ("internship" | "full-time" | "contract")[];
            salaryFloor?: components["schemas"]["PayDto"];
            /** Format: date */
            startFrom?: string;
        };
        CompletenessDto: {
            percent: number;
            missing: ("identity" | "status" | "education" | "languages" | "skills" | "experience" | "wishes")[];
        };
        CandidateProfileDto: {
            /** Format: uuid */
            id: string;
            displayName?: string | null;
            familyName?: string | null;
            givenName?: string | null;
            nameReading?: string | null;
            nationality?: string | null;
            /** Format: date */
            birthDate?: string | null;
            currentCountry?: string | null;
            currentStatus?: string | null;
            /** Format: date */
            statusExpiresAt?: string | null;
            education: components["schemas"]["EducationDto"][];
            languageTests: components["schemas"]["LanguageTestDto"][];
            skills: string[];
            experience: components["schemas"]["ExperienceDto"][];
            wishes: components["schemas"]["WishesDto"];
            /** @enum {string} */
            visibility: "private" | "applied" | "verified-employers";
            completeness: components["schemas"]["CompletenessDto"];
            /** @description skills written that the taxonomy does not know (shown, not matched) */
            otherSkills: string[];
            /** Format: date-time */
            updatedAt: string;
        };
        PutCandidateProfileDto: {
            displayName?: string;
            familyName?: string;
            givenName?: string;
            /** @description フリガナ for Japanese names, romanisation for Korean names */
            nameReading?: string;
            /** @example JP */
            nationality?: string;
            /** Format: date */
            birthDate?: string;
            /** @example KR */
            currentCountry?: string;
            /** @example KR:D-2 */
            currentStatus?: string;
            /** Format: date */
            statusExpiresAt?: string;
            education?: components["schemas"]["EducationDto"][];
            languageTests?: components["schemas"]["LanguageTestDto"][];
            /**
             * @description skill names in any language; mapped to the taxonomy
             * @example [
             *       "sales",
             *       "excel"
             *     ]
             */
            skills?: string[];
            experience?: components["schemas"]["ExperienceDto"][];
            wishes?: components["schemas"]["WishesDto"];
            /** @enum {string} */
            visibility?: "private" | "applied" | "verified-employers";
        };
        LocalizedNameDto: {
            ja?: string;
            ko?: string;
            en?: string;
        };
        CreateOrganizationDto: {
            /**
             * @example {
             *       "ko": "한빛무역",
             *       "en": "Hanbit Trading"
             *     }
             */
            names: components["schemas"]["LocalizedNameDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            /** @description 사업자등록번호 / 法人番号 */
            registrationNumber?: string | null;
            size?: number | null;
            /** @description Korean nationals with employment insurance */
            koreanInsuredStaff?: number | null;
            /** @description foreign professionals employed (E-1, E-3 to E-7) */
            foreignProfessionalStaff?: number | null;
            domesticFocused?: boolean;
            /** @description Japanese employer category (カテゴリー1〜4) */
            jpCategory?: number | null;
        };
        OrganizationDto: {
            /** Format: uuid */
            id: string;
            names: components["schemas"]["LocalizedNameDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            registrationNumber: string | null;
            size: number | null;
            koreanInsuredStaff: number | null;
            foreignProfessionalStaff: number | null;
            domesticFocused: boolean;
            jpCategory: number | null;
            verified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        MyOrganizationDto: {
            /** Format: uuid */
            id: string;
            names: components["schemas"]["LocalizedNameDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            registrationNumber: string | null;
            size: number | null;
            koreanInsuredStaff: number | null;
            foreignProfessionalStaff: number | null;
            domesticFocused: boolean;
            jpCategory: number | null;
            verified: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            myRole: "owner" | "member";
        };
        UpdateOrganizationDto: {
            /**
             * @example {
             *       "ko": "한빛무역",
             *       "en": "Hanbit Trading"
             *     }
             */
            names?: components["schemas"]["LocalizedNameDto"];
            /** @enum {string} */
            country?: "KR" | "JP";
            /** @description 사업자등록번호 / 法人番号 */
            registrationNumber?: string | null;
            size?: number | null;
            /** @description Korean nationals with employment insurance */
            koreanInsuredStaff?: number | null;
            /** @description foreign professionals employed (E-1, E-3 to E-7) */
            foreignProfessionalStaff?: number | null;
            domesticFocused?: boolean;
            /** @description Japanese employer category (カテゴリー1〜4) */
            jpCategory?: number | null;
        };
        MemberDto: {
            /** Format: uuid */
            userId: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "member";
            /** Format: date-time */
            since: string;
        };
        AddMemberDto: {
            /** @description e-mail of a colleague who has an employer account */
            email: string;
        };
        AdminOrganizationDto: {
            /** Format: uuid */
            id: string;
            names: components["schemas"]["LocalizedNameDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            registrationNumber: string | null;
            size: number | null;
            koreanInsuredStaff: number | null;
            foreignProfessionalStaff: number | null;
            domesticFocused: boolean;
            jpCategory: number | null;
            verified: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            verifiedAt: string | null;
            /** @description employer accounts in the organisation */
            members: number;
            /** @description postings published now */
            publishedJobs: number;
            /** @description the first owner's e-mail, to contact about the check */
            ownerEmail: string | null;
        };
        AdminOrganizationPageDto: {
            items: components["schemas"]["AdminOrganizationDto"][];
            nextCursor: string | null;
        };
        LocalizedTextDto: {
            ja?: string;
            ko?: string;
            en?: string;
        };
        JobOrganizationDto: {
            /** Format: uuid */
            id: string;
            names: components["schemas"]["LocalizedTextDto"];
            verified: boolean;
        };
        SalaryRangeDto: {
            /** @description integer, in won or yen */
            min?: number;
            /** @description integer, in won or yen */
            max?: number;
            /** @enum {string} */
            currency: "KRW" | "JPY";
            /** @enum {string} */
            period: "year" | "month" | "hour";
        };
        ConversionTrackDto: {
            /** @enum {string} */
            toEmploymentType: "full-time" | "contract";
            afterMonths?: number;
            description?: components["schemas"]["LocalizedTextDto"];
        };
        VisaWarningDto: {
            /** @example KR-E7-W-02 */
            ruleId: string;
            /** @enum {string} */
            severity: "error" | "warning" | "info";
            message: components["schemas"]["LocalizedTextDto"];
            source?: string;
        };
        JobModerationDto: {
            /** @description why the moderators took the posting down, as they wrote it */
            reason: string;
            /** Format: date-time */
            at: string;
        };
        JobDto: {
            /** Format: uuid */
            id: string;
            organization: components["schemas"]["JobOrganizationDto"];
            title: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            city: string | null;
            occupationCode: string | null;
            /** @enum {string} */
            employmentType: "internship" | "full-time" | "contract";
            salary: components["schemas"]["SalaryRangeDto"] | null;
            languageRequirements: components["schemas"]["LanguageTestDto"][];
            requiredSkills: string[];
            preferredSkills: string[];
            /** @enum {string|null} */
            educationLevel: "high-school" | "vocational" | "associate" | "bachelor" | "master" | "doctor" | null;
            sponsorship: boolean;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            deadline: string | null;
            conversionTrack: components["schemas"]["ConversionTrackDto"] | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /** Format: date-time */
            publishedAt: string | null;
            description: components["schemas"]["LocalizedTextDto"];
            /** @description skills the taxonomy does not know (shown, not matched) */
            otherSkills: string[];
            /** @description what the visa rules say about sponsoring this posting */
            visaWarnings: components["schemas"]["VisaWarningDto"][];
            /** @description set when the platform's moderators took the posting down (it is then closed) */
            moderation: components["schemas"]["JobModerationDto"] | null;
        };
        JobPageDto: {
            items: components["schemas"]["JobDto"][];
            nextCursor: string | null;
        };
        CreateJobDto: {
            /** Format: uuid */
            organizationId: string;
            /**
             * @example {
             *       "ja": "海外営業担当",
             *       "en": "Overseas sales"
             *     }
             */
            title: components["schemas"]["LocalizedTextDto"];
            description?: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            /** @example Seoul */
            city?: string;
            /**
             * @description KR: the KSCO-based E-7 code; JP: an MHLW job classification code
             * @example 2742
             */
            occupationCode?: string;
            /** @enum {string} */
            employmentType: "internship" | "full-time" | "contract";
            salary?: components["schemas"]["SalaryRangeDto"];
            languageRequirements?: components["schemas"]["LanguageTestDto"][];
            /**
             * @example [
             *       "sales"
             *     ]
             */
            requiredSkills?: string[];
            /**
             * @example [
             *       "excel"
             *     ]
             */
            preferredSkills?: string[];
            /** @enum {string} */
            educationLevel?: "high-school" | "vocational" | "associate" | "bachelor" | "master" | "doctor";
            sponsorship?: boolean;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            deadline?: string;
            /** @description internships only: the full-time role it can lead to */
            conversionTrack?: components["schemas"]["ConversionTrackDto"];
        };
        UpdateJobDto: {
            /**
             * @example {
             *       "ja": "海外営業担当",
             *       "en": "Overseas sales"
             *     }
             */
            title?: components["schemas"]["LocalizedTextDto"];
            description?: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            country?: "KR" | "JP";
            /** @example Seoul */
            city?: string;
            /**
             * @description KR: the KSCO-based E-7 code; JP: an MHLW job classification code
             * @example 2742
             */
            occupationCode?: string;
            /** @enum {string} */
            employmentType?: "internship" | "full-time" | "contract";
            salary?: components["schemas"]["SalaryRangeDto"];
            languageRequirements?: components["schemas"]["LanguageTestDto"][];
            /**
             * @example [
             *       "sales"
             *     ]
             */
            requiredSkills?: string[];
            /**
             * @example [
             *       "excel"
             *     ]
             */
            preferredSkills?: string[];
            /** @enum {string} */
            educationLevel?: "high-school" | "vocational" | "associate" | "bachelor" | "master" | "doctor";
            sponsorship?: boolean;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            deadline?: string;
            /** @description internships only: the full-time role it can lead to */
            conversionTrack?: components["schemas"]["ConversionTrackDto"];
        };
        SponsorshipRequirementDto: {
            id: string;
            ruleId: string;
            label: components["schemas"]["LocalizedTextDto"];
            value?: number | string;
            /** @description null when the facts given do not say */
            met: boolean | null;
            source: string;
            unverified?: boolean;
        };
        ChecklistItemDto: {
            id: string;
            label: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            provider: "candidate" | "employer" | "school" | "adviser";
            /** @enum {string} */
            kind: "document" | "step";
            ruleId: string;
            source: string;
            unverified?: boolean;
        };
        PostingAssessmentDto: {
            warnings: components["schemas"]["VisaWarningDto"][];
            requirements: components["schemas"]["SponsorshipRequirementDto"][];
            /** @description documents the employer prepares */
            employerDocuments: components["schemas"]["ChecklistItemDto"][];
            /**
             * Format: date
             * @description the date the E-7 wage floor was taken at
             */
            floorDate: string;
            ruleSetVersion: string;
        };
        CreateApplicationDto: {
            coverNote?: string;
        };
        ApplicationJobDto: {
            /** Format: uuid */
            id: string;
            title: components["schemas"]["LocalizedTextDto"];
            country: string;
            city: string | null;
            /** Format: uuid */
            organizationId: string;
            organizationNames: components["schemas"]["LocalizedTextDto"];
            status: string;
        };
        ApplicantDto: {
            /** Format: uuid */
            id: string;
            displayName: string | null;
            /** @description whether the candidate lets this employer open the full profile */
            profileVisible: boolean;
        };
        ApplicationEventDto: {
            /** @enum {string|null} */
            fromStatus: "submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn" | null;
            /** @enum {string} */
            toStatus: "submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn";
            note: string | null;
            /** @enum {string} */
            actorRole: "candidate" | "employer" | "admin";
            /** Format: date-time */
            at: string;
        };
        ApplicationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn";
            coverNote: string | null;
            job: components["schemas"]["ApplicationJobDto"];
            /** @description null once the candidate erased their account */
            candidate: components["schemas"]["ApplicantDto"] | null;
            history: components["schemas"]["ApplicationEventDto"][];
            /** @description statuses the caller may move it to */
            allowedTransitions: ("submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationDto"][];
            nextCursor: string | null;
        };
        UpdateApplicationDto: {
            /** @enum {string} */
            status: "submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn";
            /** @description shown to the candidate in the history */
            note?: string;
        };
        MyAdviserDto: {
            /** Format: uuid */
            adviserId: string;
            email: string;
            /** Format: date-time */
            grantedAt: string;
        };
        GrantAdviserDto: {
            /** @description e-mail of the adviser (career centre, 행정사 / 行政書士) who should see my profile and pathway */
            adviserEmail: string;
        };
        CaseloadCandidateDto: {
            /** Format: uuid */
            id: string;
            displayName: string | null;
            nationality: string | null;
            currentStatus: string | null;
            /** Format: date */
            statusExpiresAt: string | null;
        };
        NextDeadlineDto: {
            /** Format: uuid */
            planId: string;
            /** @description ja / ko / en label of the deadline */
            label: Record<string, never>;
            /** Format: date */
            date: string;
            daysLeft: number;
            ruleId: string;
        };
        CaseloadItemDto: {
            candidate: components["schemas"]["CaseloadCandidateDto"];
            /** Format: date-time */
            grantedAt: string;
            /** @description days until the status of residence expires (negative: expired) */
            daysToStatusExpiry: number | null;
            /** @description pathway plans the candidate keeps */
            plans: number;
            /** @description deadlines due within 30 days or past, over all plans */
            atRiskCount: number;
            /** @description the most urgent deadline still ahead or overdue */
            nextDeadline: components["schemas"]["NextDeadlineDto"] | null;
        };
        EducationFactsDto: {
            /** @enum {string} */
            level?: "associate" | "bachelor" | "master" | "doctor";
            country?: string;
            field?: string;
            /** Format: date */
            graduationDate?: string;
            institution?: string;
            /** @enum {string} */
            institutionType?: "university" | "graduate-school" | "junior-college" | "vocational" | "language-school";
            topUniversity?: boolean;
        };
        EnrollmentFactsDto: {
            /** @enum {string} */
            level?: "associate" | "bachelor" | "master" | "doctor";
            year?: number;
            gpa?: number;
            /** @enum {string} */
            institutionType?: "university" | "graduate-school" | "junior-college" | "vocational" | "language-school";
            country?: string;
            regularSemester?: boolean;
            /** @description a vacation defined by the school */
            inVacation?: boolean;
            finalYear?: boolean;
            creditsRatio?: number;
        };
        ExperienceFactsDto: {
            months?: number;
            field?: string;
            relatedToJob?: boolean;
            afterDegree?: boolean;
            country?: string;
        };
        PriorStatusDto: {
            /** @example KR:H-1 */
            status: string;
            /** Format: date */
            from?: string;
            /** Format: date */
            to?: string;
        };
        PersonFactsDto: {
            /** @example JP */
            nationality?: string;
            /** Format: date */
            birthDate?: string;
            /**
             * @description where the person is now
             * @example KR
             */
            location?: string;
            /** @example KR:D-2 */
            currentStatus?: string;
            education?: components["schemas"]["EducationFactsDto"][];
            enrollment?: components["schemas"]["EnrollmentFactsDto"];
            languageTests?: components["schemas"]["LanguageTestDto"][];
            experience?: components["schemas"]["ExperienceFactsDto"][];
            priorStatuses?: components["schemas"]["PriorStatusDto"][];
            schoolRecommendation?: boolean;
            jobHuntingStartedBeforeGraduation?: boolean;
            immigrationViolations?: boolean;
        };
        EmployerFactsDto: {
            koreanInsuredStaff?: number;
            foreignProfessionalStaff?: number;
            domesticFocused?: boolean;
            exportOriented?: boolean;
            jpCategory?: number | null;
        };
        JobFactsDto: {
            country?: string;
            /** @example 2742 */
            occupationCode?: string;
            title?: string;
            duties?: ("translation" | "interpretation" | "language-teaching" | "sales" | "marketing" | "engineering" | "research" | "management" | "office" | "service" | "customer-communication" | "manual-labour")[];
            salary?: components["schemas"]["PayDto"];
            equalToNationals?: boolean;
            /** @enum {string} */
            employmentType?: "full-time" | "internship" | "part-time" | "contract";
            directEmployment?: boolean;
            weeklyHours?: number;
            weekdayHours?: number;
            weekendHours?: number;
            dailyHours?: number;
            /** Format: date */
            startDate?: string;
            durationMonths?: number | null;
            relatedToMajor?: boolean;
            /** @description part of the curriculum, for credit */
            curricular?: boolean;
            universityContract?: boolean;
            paid?: boolean;
            employer?: components["schemas"]["EmployerFactsDto"];
        };
        EligibilityRequestDto: {
            /**
             * @example KR:E-7-1
             * @enum {string}
             */
            target: "KR:D-2:part-time" | "KR:D-2:internship" | "KR:D-10-1" | "KR:D-10-1:internship" | "KR:E-7-1" | "KR:H-1" | "JP:ryugaku:part-time" | "JP:tokutei-katsudo:9" | "JP:tokutei-katsudo:job-hunting" | "JP:tokutei-katsudo:46" | "JP:gijinkoku" | "JP:working-holiday";
            /**
             * Format: date
             * @description rules are applied as in force on this date
             * @example 2026-04-15
             */
            evalDate: string;
            person?: components["schemas"]["PersonFactsDto"];
            job?: components["schemas"]["JobFactsDto"];
        };
        ReasonDto: {
            /** @example KR-E7-W-04 */
            ruleId: string;
            /** @enum {string} */
            outcome: "pass" | "fail" | "unknown";
            message: components["schemas"]["LocalizedTextDto"];
            source: string;
            /** @description request fields the decision needs but did not get */
            missing?: string[];
            /** @description the reference marks this fact UNVERIFIED */
            unverified?: boolean;
        };
        RelatedMeasureDto: {
            ref: string;
            label: components["schemas"]["LocalizedTextDto"];
        };
        ProposalScenarioDto: {
            /** @enum {string} */
            kind: "proposal";
            label: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            step: "study" | "internship" | "job-seeking" | "work" | "working-holiday";
            subject: components["schemas"]["LocalizedTextDto"];
            summary: components["schemas"]["LocalizedTextDto"];
            underTheProposal: components["schemas"]["LocalizedTextDto"];
            relatedMeasures: components["schemas"]["RelatedMeasureDto"][];
            personNote?: components["schemas"]["LocalizedTextDto"];
            disclaimer: components["schemas"]["LocalizedTextDto"];
            sources: string[];
        };
        EligibilityResultDto: {
            /** @enum {string} */
            target: "KR:D-2:part-time" | "KR:D-2:internship" | "KR:D-10-1" | "KR:D-10-1:internship" | "KR:E-7-1" | "KR:H-1" | "JP:ryugaku:part-time" | "JP:tokutei-katsudo:9" | "JP:tokutei-katsudo:job-hunting" | "JP:tokutei-katsudo:46" | "JP:gijinkoku" | "JP:working-holiday";
            /** Format: date */
            evalDate: string;
            /** @enum {string} */
            verdict: "eligible" | "not_eligible" | "needs_review";
            reasons: components["schemas"]["ReasonDto"][];
            /** @example 2026-11-28.1 */
            ruleSetVersion: string;
            checklist: components["schemas"]["ChecklistItemDto"][];
            /** @description what the proposed Japan–Korea framework would change: a scenario, never a verdict */
            proposal?: components["schemas"]["ProposalScenarioDto"];
        };
        TargetDto: {
            code: string;
            /** @enum {string} */
            country: "KR" | "JP";
            status: string;
            kind: string;
            label: components["schemas"]["LocalizedTextDto"];
        };
        PathwayStageSummaryDto: {
            id: string;
            status: string;
            target: string;
            label: components["schemas"]["LocalizedTextDto"];
            optional: boolean;
            needsReview?: components["schemas"]["LocalizedTextDto"];
            checklist: components["schemas"]["ChecklistItemDto"][];
            proposal: components["schemas"]["ProposalScenarioDto"];
        };
        PathwayDto: {
            id: string;
            /** @enum {string} */
            country: "KR" | "JP";
            label: components["schemas"]["LocalizedTextDto"];
            stages: components["schemas"]["PathwayStageSummaryDto"][];
        };
        VisaCatalogDto: {
            ruleSetVersion: string;
            targets: components["schemas"]["TargetDto"][];
            pathways: components["schemas"]["PathwayDto"][];
        };
        RuleSetCountsDto: {
            rules: number;
            unverified: number;
            "in-force": number;
            scheduled: number;
            ended: number;
        };
        RuleOverviewDto: {
            /** @example KR-E7-W-04 */
            id: string;
            /** @description the id as printed in the reference (the section id of a dotted clause id) */
            refId: string;
            /** @example §A4.4 */
            section: string;
            title: components["schemas"]["LocalizedTextDto"];
            /** @description the eligibility targets the rule is checked for */
            targets: string[];
            /**
             * Format: date
             * @description first day in force
             */
            effectiveFrom?: string;
            /**
             * Format: date
             * @description last day in force
             */
            effectiveTo?: string;
            /** @description dates the rule's own logic turns on */
            keyDates?: {
                [key: string]: string;
            };
            /** @description rests on a point the reference marks UNVERIFIED: checks answer needs_review */
            unverified: boolean;
            sources: string[];
            /** @enum {string} */
            state: "in-force" | "scheduled" | "ended";
            /** @description dates after the given day on which the rule starts, ends or turns, soonest first */
            upcomingDates: string[];
        };
        RuleSetOverviewDto: {
            /**
             * @description the version every eligibility answer names
             * @example 2026-11-28.1
             */
            version: string;
            /** @description the reference the rules are encoded from */
            reference: string;
            /** Format: date */
            date: string;
            counts: components["schemas"]["RuleSetCountsDto"];
            rules: components["schemas"]["RuleOverviewDto"][];
        };
        SponsorshipSalaryDto: {
            min: number;
            max: number;
            /** @enum {string} */
            currency: "KRW" | "JPY";
            /** @enum {string} */
            period: "year" | "month" | "hour";
        };
        SponsorshipCheckDto: {
            /** @enum {string} */
            country: "KR" | "JP";
            occupationCode?: string;
            /** @enum {string} */
            employmentType: "full-time" | "internship" | "contract";
            salary?: components["schemas"]["SponsorshipSalaryDto"];
            /** Format: date */
            startDate?: string;
            sponsorship: boolean;
            employer?: components["schemas"]["EmployerFactsDto"];
            /**
             * Format: date
             * @description defaults to today
             */
            evalDate?: string;
        };
        PlanJobDto: {
            /** Format: uuid */
            id: string;
            title: components["schemas"]["LocalizedTextDto"];
            country: string;
            /** Format: date */
            startDate: string | null;
        };
        PlanDatesDto: {
            /** Format: date */
            startDate: string;
            /** Format: date */
            statusExpiresAt?: string;
            /** Format: date */
            graduationDate?: string;
            /** Format: date */
            jobStartDate?: string;
            stageStarts?: {
                [key: string]: string;
            };
        };
        PlannedDeadlineDto: {
            id: string;
            /** @enum {string} */
            kind: "apply-by" | "report-by" | "expires" | "latest-end";
            label: components["schemas"]["LocalizedTextDto"];
            /** Format: date */
            date: string;
            ruleId: string;
            /** @enum {string} */
            state: "past" | "due-soon" | "upcoming";
            atRisk: boolean;
            daysLeft: number;
            unverified?: boolean;
        };
        PlannedStageDto: {
            id: string;
            /** @example KR:D-10-1 */
            status: string;
            target: string;
            label: components["schemas"]["LocalizedTextDto"];
            optional: boolean;
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            deadlines: components["schemas"]["PlannedDeadlineDto"][];
            missingInputs: string[];
            needsReview?: components["schemas"]["LocalizedTextDto"];
            /** @description the proposed framework at this step: a scenario, not a verdict */
            proposal: components["schemas"]["ProposalScenarioDto"];
        };
        PlanItemDto: {
            id: string;
            label: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            provider: "candidate" | "employer" | "school" | "adviser";
            /** @enum {string} */
            kind: "document" | "step";
            ruleId: string;
            source: string;
            unverified?: boolean;
            /** Format: uuid */
            itemId: string;
            stageId: string;
            /** @enum {string} */
            status: "todo" | "done" | "verified" | "rejected";
            note: string | null;
            reviewerNote: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PlanEventDto: {
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            action: "ticked" | "unticked" | "annotated" | "verified" | "rejected";
            /** @enum {string} */
            fromStatus: "todo" | "done" | "verified" | "rejected";
            /** @enum {string} */
            toStatus: "todo" | "done" | "verified" | "rejected";
            note: string | null;
            /** @enum {string} */
            actorRole: "candidate" | "adviser";
            /** Format: date-time */
            at: string;
        };
        PathwayPlanDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            candidateName: string | null;
            pathwayId: string;
            pathwayLabel: components["schemas"]["LocalizedTextDto"];
            targetJob: components["schemas"]["PlanJobDto"] | null;
            dates: components["schemas"]["PlanDatesDto"];
            /** Format: date */
            evalDate: string;
            ruleSetVersion: string;
            stages: components["schemas"]["PlannedStageDto"][];
            atRiskCount: number;
            needsReview: boolean;
            items: components["schemas"]["PlanItemDto"][];
            /** @description append-only audit trail of the checklist */
            events: components["schemas"]["PlanEventDto"][];
            /** Format: date-time */
            createdAt: string;
        };
        CreatePathwayPlanDto: {
            /**
             * @description one of GET /visa/pathways
             * @example kr-d2-d10-e7
             */
            pathwayId: string;
            /**
             * Format: date
             * @description start of the first stage (e.g. the D-2 grant)
             */
            startDate: string;
            /** Format: date */
            statusExpiresAt?: string;
            /** Format: date */
            graduationDate?: string;
            /** Format: date */
            jobStartDate?: string;
            /** @description start dates of optional stages */
            stageStarts?: {
                [key: string]: string;
            };
            /**
             * Format: uuid
             * @description a published posting this plan aims at
             */
            targetJobId?: string;
        };
        UpdatePathwayPlanDto: {
            /**
             * Format: date
             * @description start of the first stage
             */
            startDate?: string;
            /** Format: date */
            statusExpiresAt?: string;
            /** Format: date */
            graduationDate?: string;
            /** Format: date */
            jobStartDate?: string;
            /** @description start dates of optional stages (merged into the plan's) */
            stageStarts?: {
                [key: string]: string;
            };
        };
        UpdatePlanItemDto: {
            /**
             * @description candidates: todo or done; advisers: verified or rejected
             * @enum {string}
             */
            status?: "todo" | "done" | "verified" | "rejected";
            note?: string;
        };
        SkillDto: {
            /** @example sales */
            id: string;
            group: string;
            label: components["schemas"]["LocalizedTextDto"];
            groupLabel: components["schemas"]["LocalizedTextDto"];
        };
        OccupationDto: {
            /** @example overseas-sales-representative */
            id: string;
            label: components["schemas"]["LocalizedTextDto"];
            group: string;
            /** @description Korean E-7 (KSCO-based) codes */
            krE7Codes: string[];
            /** @description Japanese MHLW job classification codes */
            jpMhlwCodes: string[];
            isco08: string[];
        };
        SalaryBandDto: {
            /** @enum {string} */
            currency: "KRW" | "JPY";
            /** @enum {string} */
            period: "year";
            /** @description 25th percentile of the postings' annual salary midpoints, in the currency's units */
            p25: number;
            median: number;
            /** @description 75th percentile */
            p75: number;
            /** @description full-time and contract postings with a salary the band is drawn from */
            postings: number;
        };
        OccupationRefDto: {
            /** @example overseas-sales-representative */
            id: string;
            label: components["schemas"]["LocalizedTextDto"];
        };
        CodeMarketDto: {
            /** @description open postings: published and not past their deadline */
            postings: number;
            /** @description share (0…1) of them offering visa sponsorship */
            sponsorshipShare: number;
            /** @description share (0…1) of them that are internships */
            internshipShare: number;
            /** @description null when fewer postings than minimumSalarySample give a salary */
            salary: components["schemas"]["SalaryBandDto"] | null;
            /** @description the postings' occupation code (KR E-7 code or JP MHLW code); null: postings without one */
            code: string | null;
            /** @description the crosswalk occupations the code stands for, best reading first; empty for a code the taxonomy does not know */
            occupations: components["schemas"]["OccupationRefDto"][];
        };
        GroupMarketDto: {
            /** @description open postings: published and not past their deadline */
            postings: number;
            /** @description share (0…1) of them offering visa sponsorship */
            sponsorshipShare: number;
            /** @description share (0…1) of them that are internships */
            internshipShare: number;
            /** @description null when fewer postings than minimumSalarySample give a salary */
            salary: components["schemas"]["SalaryBandDto"] | null;
            /** @description occupation group of the crosswalk (the group of a code's first reading); null: codes the taxonomy does not know and postings without a code */
            group: string | null;
            label: components["schemas"]["LocalizedTextDto"] | null;
            /** @description most postings first */
            codes: components["schemas"]["CodeMarketDto"][];
        };
        MarketDto: {
            /** @description open postings: published and not past their deadline */
            postings: number;
            /** @description share (0…1) of them offering visa sponsorship */
            sponsorshipShare: number;
            /** @description share (0…1) of them that are internships */
            internshipShare: number;
            /** @description null when fewer postings than minimumSalarySample give a salary */
            salary: components["schemas"]["SalaryBandDto"] | null;
            /** @enum {string} */
            country: "KR" | "JP";
            /** @description most postings first; the unknown group last */
            groups: components["schemas"]["GroupMarketDto"][];
        };
        MarketInsightsDto: {
            /**
             * Format: date
             * @description the day the open postings were counted on
             */
            asOf: string;
            /** @description fewest salaried postings that give a salary band */
            minimumSalarySample: number;
            markets: components["schemas"]["MarketDto"][];
        };
        CreateReportDto: {
            /** @enum {string} */
            reason: "fraud" | "misleading-visa" | "unlawful-terms" | "discrimination" | "other";
            /** @description what the moderators should know */
            note?: string;
        };
        ReportDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** @enum {string} */
            reason: "fraud" | "misleading-visa" | "unlawful-terms" | "discrimination" | "other";
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ReasonCountDto: {
            /** @enum {string} */
            reason: "fraud" | "misleading-visa" | "unlawful-terms" | "discrimination" | "other";
            count: number;
        };
        OpenReportDto: {
            /** @enum {string} */
            reason: "fraud" | "misleading-visa" | "unlawful-terms" | "discrimination" | "other";
            note: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ModeratedPostingDto: {
            job: components["schemas"]["JobDto"];
            /** @description reports no moderator has acted on yet */
            openReports: number;
            /** @description open reports per reason, most first */
            reasons: components["schemas"]["ReasonCountDto"][];
            /** @description the latest open reports (at most 5) */
            latestReports: components["schemas"]["OpenReportDto"][];
        };
        ModeratedPostingPageDto: {
            items: components["schemas"]["ModeratedPostingDto"][];
            nextCursor: string | null;
        };
        TakedownDto: {
            /** @description shown on the posting, to its employer and to candidates */
            reason: string;
        };
        JobSummaryDto: {
            /** Format: uuid */
            id: string;
            organization: components["schemas"]["JobOrganizationDto"];
            title: components["schemas"]["LocalizedTextDto"];
            /** @enum {string} */
            country: "KR" | "JP";
            city: string | null;
            occupationCode: string | null;
            /** @enum {string} */
            employmentType: "internship" | "full-time" | "contract";
            salary: components["schemas"]["SalaryRangeDto"] | null;
            languageRequirements: components["schemas"]["LanguageTestDto"][];
            requiredSkills: string[];
            preferredSkills: string[];
            /** @enum {string|null} */
            educationLevel: "high-school" | "vocational" | "associate" | "bachelor" | "master" | "doctor" | null;
            sponsorship: boolean;
            /** Format: date */
            startDate: string | null;
            /** Format: date */
            deadline: string | null;
            conversionTrack: components["schemas"]["ConversionTrackDto"] | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed";
            /** Format: date-time */
            publishedAt: string | null;
        };
        ExplanationItemDto: {
            /** @enum {string} */
            factor: "skills" | "language" | "education" | "experience" | "salary" | "location" | "occupation" | "timing" | "visa";
            /**
             * @description whose wishes or requirements this factor is about
             * @enum {string}
             */
            side: "candidate" | "employer" | "both";
            /** @description signed share of the final score */
            contribution: number;
            score: number;
            weight: number;
            /**
             * @description i18n key the portal renders in ja / ko / en
             * @example match.skills.partial
             */
            messageKey: string;
            /** @description values for the message (matched and missing skills, levels, amounts …) */
            params: {
                [key: string]: unknown;
            };
        };
        MatchVisaDto: {
            /** @enum {string} */
            verdict: "eligible" | "not_eligible" | "needs_review";
            /** @enum {string} */
            route: "citizen" | "in-country" | "from-abroad";
            target?: string;
            /** @description a pathway template that leads there (GET /visa/pathways) */
            pathwayId?: string;
            ruleIds: string[];
            /** @description a citizen of the posting’s country needs no status */
            citizen: boolean;
        };
        JobMatchDto: {
            /** @description the posting in short; GET /jobs/:id has its texts and visa notes */
            job: components["schemas"]["JobSummaryDto"];
            /** @example 0.83 */
            score: number;
            /** @description how well the job fits the candidate’s wishes */
            candidateSide: number;
            /** @description how well the candidate fits the job’s requirements */
            employerSide: number;
            explanation: components["schemas"]["ExplanationItemDto"][];
            visa: components["schemas"]["MatchVisaDto"];
        };
        JobMatchPageDto: {
            items: components["schemas"]["JobMatchDto"][];
            /** @description postings considered after the database pre-filter */
            considered: number;
        };
        MatchedCandidateDto: {
            /** Format: uuid */
            id: string;
            displayName: string | null;
            nationality: string | null;
            currentStatus: string | null;
            skills: string[];
            highestEducation: string | null;
        };
        CandidateMatchDto: {
            candidate: components["schemas"]["MatchedCandidateDto"];
            score: number;
            candidateSide: number;
            employerSide: number;
            explanation: components["schemas"]["ExplanationItemDto"][];
            visa: components["schemas"]["MatchVisaDto"];
        };
        CandidateMatchPageDto: {
            items: components["schemas"]["CandidateMatchDto"][];
            /** @description candidates considered after the database pre-filter */
            considered: number;
            /** @description only verified organisations see candidates (their consent is to verified employers) */
            organizationVerified: boolean;
        };
        GateDto: {
            /** @enum {string} */
            gate: "country-not-wished" | "employment-type-not-wished" | "deadline-passed" | "language-below-minimum" | "visa-not-eligible";
            passed: boolean;
            /** @enum {string} */
            side: "candidate" | "employer" | "both";
            messageKey: string;
            params: {
                [key: string]: unknown;
            };
        };
        JobFitDto: {
            score: number;
            gated: boolean;
            /** @description the hard requirements; a failed one is the "why not" */
            gates: components["schemas"]["GateDto"][];
            candidateSide: number;
            employerSide: number;
            explanation: components["schemas"]["ExplanationItemDto"][];
            visa: components["schemas"]["MatchVisaDto"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is alive and the database answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who am I */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Privacy_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its personal data are erased (see README: what erasure keeps) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description Change my settings (the portal language) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdminUsers_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every account, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredDto"];
                };
            };
            /** @description EMAIL_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description VALIDATION_FAILED, one detail per field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description INVALID_CREDENTIALS */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description VALIDATION_FAILED, one detail per field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description A new pair; the token sent is now spent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description INVALID_REFRESH_TOKEN (reuse revokes the family) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description VALIDATION_FAILED, one detail per field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description The session is revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_REFRESH_TOKEN */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description VALIDATION_FAILED, one detail per field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Candidates_getMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My profile (created empty on first visit) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateProfileDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Candidates_putMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCandidateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateProfileDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Candidates_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only under the candidate’s consent; every view is logged */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateProfileDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer, adviser */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description The caller becomes its owner */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOrganizationDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            /** @description Owners add colleagues who have employer accounts */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Unknown, or not an organisation of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdminOrganizations_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description pending: oldest first (a queue); verified: latest verified first */
                status?: "pending" | "verified";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisations waiting for the check (oldest first) or verified (latest first) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganizationPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdminOrganizations_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marks the organisation as checked; its members count as verified employers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdminOrganizations_revokeVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Takes the check back; its members no longer see profiles meant for verified employers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_search: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description keywords in Japanese, Korean or English */
                q?: string;
                country?: "KR" | "JP";
                city?: string;
                /** @description occupation code (KR E-7 code or JP MHLW code) */
                occupation?: string;
                employmentType?: "internship" | "full-time" | "contract";
                sponsorship?: boolean;
                /** @description my JLPT level (N1..N5): only postings whose JLPT requirement I meet */
                jlpt?: string;
                /** @description my TOPIK level (1..6): only postings whose TOPIK requirement I meet */
                topik?: number;
                /** @description minimum yearly salary, in the currency given */
                minAnnualSalary?: number;
                /** @description currency of minAnnualSalary */
                currency?: "KRW" | "JPY";
                /** @description only postings reachable from my current status of residence (candidates) */
                feasible?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published postings, newest first; `feasible=true` needs a signed-in candidate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPageDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJobDto"];
            };
        };
        responses: {
            /** @description A draft, checked against the visa rules (see visaWarnings) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateJobDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What sponsoring this posting will require of the organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingAssessmentDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Jobs_forOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every posting of the organisation, drafts included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Applications_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApplicationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description ALREADY_APPLIED, or the posting is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Applications_list: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description employers: only this posting */
                jobId?: string;
                status?: "submitted" | "screening" | "interview" | "offer" | "hired" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates: their own; employers: those to their organisations’ postings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Applications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApplicationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description ILLEGAL_TRANSITION */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Advisers_myAdvisers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Advisers who may see my profile and pathway */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAdviserDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Advisers_grant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantAdviserDto"];
            };
        };
        responses: {
            /** @description Grants an adviser access (consent) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAdviserDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Advisers_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                adviserId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Consent withdrawn; the adviser no longer sees me */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Advisers_caseload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates who granted me access, the most urgent first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseloadItemDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: adviser */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Privacy_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All my data as JSON: account, profile, applications with history, consents, who viewed my profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Visa_eligibility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EligibilityRequestDto"];
            };
        };
        responses: {
            /** @description Stateless check: the verdict, every reason with its rule id and source, the rule-set version and the checklist */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityResultDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Visa_pathways: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The targets and the pathway templates a plan can start from */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisaCatalogDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Visa_ruleSet: {
        parameters: {
            query?: {
                /** @description the day the rules are seen on; today when absent */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule set in force: its version, every rule with its dates, sources and state on the day, and the UNVERIFIED points */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleSetOverviewDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Visa_sponsorship: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SponsorshipCheckDto"];
            };
        };
        responses: {
            /** @description What sponsoring a posting will require, before it is saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostingAssessmentDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_list: {
        parameters: {
            query?: {
                /** @description advisers: the candidate whose plans to list */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates: their plans; advisers: a consenting candidate’s plans (?candidateId=) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPlanDto"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, adviser */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePathwayPlanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPlanDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan with today’s timeline, deadlines at risk, checklist and audit trail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPlanDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, adviser */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan is gone, with its checklist and audit trail */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePathwayPlanDto"];
            };
        };
        responses: {
            /** @description Moves the plan's dates; the timeline follows, the checklist and its audit trail stay */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPlanDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PathwayPlans_updateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathwayPlanDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description A candidate cannot verify; an adviser cannot tick
             *
             *     Only for: candidate, adviser
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Taxonomy_skills: {
        parameters: {
            query?: {
                /** @description words in Japanese, Korean or English; empty lists everything */
                q?: string;
                /** @description ranks matches of this language first */
                locale?: "ja" | "ko" | "en";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Skills whose label or synonym matches, in any language */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDto"][];
                };
            };
        };
    };
    Taxonomy_occupations: {
        parameters: {
            query?: {
                /** @description words in Japanese, Korean or English; empty lists everything */
                q?: string;
                /** @description ranks matches of this language first */
                locale?: "ja" | "ko" | "en";
                limit?: number;
                /** @description only occupations with a code in this country */
                country?: "KR" | "JP";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Occupations with their Korean E-7 codes, Japanese MHLW codes and ISCO-08 groups */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OccupationDto"][];
                };
            };
        };
    };
    Insights_market: {
        parameters: {
            query?: {
                /** @description one market; both when absent */
                country?: "KR" | "JP";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open postings per market and occupation: counts, sponsorship and internship shares, salary bands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketInsightsDto"];
                };
            };
        };
    };
    Moderation_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportDto"];
            };
        };
        responses: {
            /** @description Reports a published posting to the moderators; 409 ALREADY_REPORTED on a second report of the same posting, 409 CONFLICT when the posting is closed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate, employer, adviser */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Moderation_queue: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
                /** @description reported: postings with open reports (published, or closed by their employer meanwhile), the longest-waiting first; published: every published posting, newest first */
                queue?: "reported" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reported postings (the longest-waiting first) or every published posting (newest first), with their open reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModeratedPostingPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Moderation_takedown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakedownDto"];
            };
        };
        responses: {
            /** @description Takes a posting down with a reason shown on it (a published one is closed for good); its open reports are closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModeratedPostingDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Moderation_dismissReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closes the posting's open reports as unfounded; the posting stays published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModeratedPostingDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Matching_jobsForMe: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Postings in Korea and Japan that fit me best, each with its score and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Matching_candidatesForJob: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Consenting candidates who fit the posting best, explained */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateMatchPageDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: employer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Matching_fit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How this posting fits me, with the hard requirements I do not meet */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFitDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Only for: candidate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
}
